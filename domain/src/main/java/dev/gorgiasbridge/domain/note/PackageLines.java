package dev.gorgiasbridge.domain.note;

import static dev.gorgiasbridge.domain.note.NoteWording.day;
import static dev.gorgiasbridge.domain.note.NoteWording.words;

import dev.gorgiasbridge.domain.note.NoteLine.Link;
import dev.gorgiasbridge.domain.note.NoteLine.Plain;
import dev.gorgiasbridge.domain.note.NoteLine.Strong;
import dev.gorgiasbridge.domain.shipment.Parcel;
import java.util.ArrayList;
import java.util.List;

/** The lines about one package: carrier, number, status and dates; the tracking link as given; contents. */
final class PackageLines {
    static final int CONTENTS_LISTED = 5;

    private PackageLines() {
    }

    static List<NoteLine> of(Parcel parcel, int number, int count) {
        List<NoteLine.Piece> summary = new ArrayList<>(List.of(new Plain("Package " + number + " of " + count + ": "
                + parcel.carrier().map(OutsideText::name).orElse("carrier unknown") + " "
                + parcel.trackingNumber().map(n -> OutsideText.name(n.value())).orElse("(no tracking number)")
                + " · " + words(parcel.displayStatus())
                + parcel.deliveredAt().map(at -> " · delivery date " + day(at)).orElse("")
                + parcel.estimatedDeliveryAt().map(at -> " · estimated delivery " + day(at)).orElse(""))));
        if (parcel.stage().isProblem()) {
            summary.add(new Strong(" · needs attention"));
        }
        List<NoteLine> lines = new ArrayList<>(List.of(new NoteLine(summary)));
        parcel.trackingUrl().ifPresent(url -> lines.add(tracking(parcel, url)));
        if (!parcel.contents().isEmpty()) {
            List<String> contents = parcel.contents().stream()
                    .map(item -> item.quantity() + " × " + OutsideText.name(item.name())).toList();
            lines.add(NoteLine.plain("Contents: " + String.join(", ", NoteWording.capped(contents, CONTENTS_LISTED))));
        }
        return lines;
    }

    /** The URL exactly as Shopify gave it; linked only when it is a web address short enough to be real. */
    private static NoteLine tracking(Parcel parcel, String url) {
        return parcel.trackingLink()
                .filter(link -> link.length() <= OutsideText.URL_LENGTH)
                .map(link -> NoteLine.of(new Plain("Tracking: "), new Link(link)))
                .orElseGet(() -> NoteLine.plain("Tracking (not linked): " + OutsideText.line(url, OutsideText.URL_LENGTH)));
    }
}

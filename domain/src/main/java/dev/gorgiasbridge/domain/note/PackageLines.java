package dev.gorgiasbridge.domain.note;

import static dev.gorgiasbridge.domain.note.NoteWording.day;

import dev.gorgiasbridge.domain.note.NoteLine.Link;
import dev.gorgiasbridge.domain.note.NoteLine.Plain;
import dev.gorgiasbridge.domain.note.NoteLine.Strong;
import dev.gorgiasbridge.domain.shipment.DeliveryMethod.Handover;
import dev.gorgiasbridge.domain.shipment.Parcel;
import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import dev.gorgiasbridge.domain.shipment.TrackingInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines about one package (one shipment): how it travels, its status, when it left and when it arrived or
 * should (or that its estimate is past: late), each tracking number
 * with its link as given, its contents once.
 */
final class PackageLines {
    static final int CONTENTS_LISTED = 5;
    static final int NUMBERS_LISTED = 10;

    private PackageLines() {
    }

    static List<NoteLine> of(Parcel parcel, int number, int count, ShopCalendar calendar) {
        boolean late = parcel.isLate(calendar);
        List<NoteLine.Piece> summary = new ArrayList<>(List.of(new Plain("Package " + number + " of " + count + ": "
                + how(parcel) + " · " + NoteWording.status(parcel.displayStatus())
                // "picked up on 2026-01-05" for a pickup, whose status already says what happened that day.
                + parcel.deliveredAt().filter(at -> parcel.handover() == Handover.STORE_PICKUP)
                        .map(at -> " on " + day(calendar, at)).orElse("")
                + sent(parcel, calendar)
                + parcel.deliveredAt().filter(at -> parcel.handover() != Handover.STORE_PICKUP)
                        .map(at -> " · delivery date " + day(calendar, at)).orElse("")
                + parcel.upcomingDelivery(calendar).map(at -> " · estimated delivery " + day(calendar, at)).orElse("")
                + NoteWording.unrecognisedMethod(parcel.deliveryMethod()))));
        if (late) {
            // A past estimate is not repeated as if it held: it is the news.
            summary.add(new Strong(" · expected " + day(calendar, parcel.estimatedDeliveryAt().orElseThrow()) + ", now late"));
        }
        if (parcel.stage().isProblem() || late) {
            summary.add(new Strong(" · needs attention"));
        }
        List<NoteLine> lines = new ArrayList<>(List.of(new NoteLine(summary)));
        lines.addAll(tracking(parcel));
        if (!parcel.contents().isEmpty()) {
            List<String> contents = parcel.contents().stream()
                    .map(item -> item.quantity() + " × " + OutsideText.name(item.name())).toList();
            lines.add(NoteLine.plain("Contents: " + String.join(", ", NoteWording.capped(contents, CONTENTS_LISTED))));
        }
        return lines;
    }

    /**
     * When it left: "shipped" on the day the carrier first reported it under way ({@code inTransitAt}), else the
     * day the shop fulfilled it ({@code createdAt}); "fulfilled" for what no carrier has yet (a label only, a
     * pickup, a local delivery), as that day says it was prepared, not sent.
     */
    private static String sent(Parcel parcel, ShopCalendar calendar) {
        boolean withCarrier = parcel.handover() == Handover.CARRIER && switch (parcel.stage()) {
            case NOT_SHIPPED, PREPARING, UNKNOWN -> parcel.inTransitAt().isPresent();
            case SHIPPED, DELAYED, IN_TRANSIT, OUT_FOR_DELIVERY, READY_FOR_PICKUP, DELIVERED, DELIVERY_ATTEMPTED,
                 DELIVERY_FAILED -> true;
        };
        return withCarrier ? " · shipped " + day(calendar, parcel.inTransitAt().orElse(parcel.fulfilledAt()))
                : " · fulfilled " + day(calendar, parcel.fulfilledAt());
    }

    /** Carrier and number for a shipped package; the handover for a pickup or a local delivery. */
    private static String how(Parcel parcel) {
        String carriers = String.join(", ", parcel.carriers().stream().map(OutsideText::name).toList());
        int numbers = parcel.trackingNumbers().size();
        String tracking = switch (numbers) {
            case 0 -> "(no tracking number)";
            case 1 -> OutsideText.name(parcel.trackingNumbers().getFirst().value());
            default -> numbers + " tracking numbers";
        };
        return switch (parcel.handover()) {
            case CARRIER -> (carriers.isEmpty() ? "carrier unknown" : carriers) + (numbers > 1 ? " · " : " ") + tracking;
            case STORE_PICKUP -> "local pickup" + (numbers > 0 ? " · " + tracking : "");
            case LOCAL_DELIVERY -> "local delivery" + (carriers.isEmpty() ? "" : " by " + carriers)
                    + (numbers > 0 ? " · " + tracking : "");
            case NONE -> "no delivery needed" + (numbers > 0 ? " · " + tracking : "");
        };
    }

    /**
     * One line per tracking entry. With a single entry the number is already in the summary, so its line
     * gives the link only; with several, each line names its number and says when it has no usable link.
     */
    private static List<NoteLine> tracking(Parcel parcel) {
        List<TrackingInfo> entries = parcel.tracking();
        if (entries.size() == 1) {
            return entries.getFirst().url().map(url -> List.of(link("Tracking", entries.getFirst(), url))).orElse(List.of());
        }
        List<NoteLine> lines = new ArrayList<>();
        entries.stream().limit(NUMBERS_LISTED).forEach(entry -> {
            String label = "Tracking " + entry.number().map(n -> OutsideText.name(n.value())).orElse("(no number)")
                    + entry.company().filter(company -> parcel.carriers().size() > 1).map(c -> " (" + OutsideText.name(c) + ")").orElse("");
            lines.add(entry.url().map(url -> link(label, entry, url)).orElseGet(() -> NoteLine.plain(label + ": no link")));
        });
        if (entries.size() > NUMBERS_LISTED) {
            lines.add(NoteLine.plain("and " + (entries.size() - NUMBERS_LISTED) + " more tracking numbers"));
        }
        return lines;
    }

    /** The URL exactly as Shopify gave it; linked only when it is a web address short enough to be real. */
    private static NoteLine link(String label, TrackingInfo entry, String url) {
        return entry.link()
                .filter(link -> link.length() <= OutsideText.URL_LENGTH)
                .map(link -> NoteLine.of(new Plain(label + ": "), new Link(link)))
                .orElseGet(() -> NoteLine.plain(label + " (not linked): " + OutsideText.line(url, OutsideText.URL_LENGTH)));
    }
}

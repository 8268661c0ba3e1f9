package dev.gorgiasbridge.domain.note;

import dev.gorgiasbridge.domain.note.NoteLine.Link;
import dev.gorgiasbridge.domain.note.NoteLine.Plain;
import dev.gorgiasbridge.domain.note.NoteLine.Strong;
import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import dev.gorgiasbridge.domain.shipment.Parcel;
import dev.gorgiasbridge.domain.shipment.PendingItem;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The part of a note about one order: a heading, its packages, and what has not shipped and why. */
final class OrderSection {
    static final int PACKAGES_LISTED = 10;
    static final int CONTENTS_LISTED = 5;
    static final int PENDING_LISTED = 10;
    // ISO dates in UTC, as Shopify reports them: sortable, unambiguous, the same on every server.
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private OrderSection() {
    }

    static List<NoteBlock> of(ShipmentAnalysis order) {
        List<List<NoteLine>> packages = new ArrayList<>();
        int count = order.parcels().size();
        for (int i = 0; i < Math.min(count, PACKAGES_LISTED); i++) {
            packages.add(parcel(order.parcels().get(i), i + 1, count));
        }
        if (count > PACKAGES_LISTED) {
            packages.add(List.of(NoteLine.plain("and " + (count - PACKAGES_LISTED) + " more packages not listed")));
        }
        List<NoteBlock> blocks = new ArrayList<>(List.of(new NoteBlock.Bullets(heading(order), packages)));
        if (!order.pendingItems().isEmpty()) {
            List<String> pending = order.pendingItems().stream().map(OrderSection::pending).toList();
            blocks.add(new NoteBlock.Bullets(NoteLine.plain("Not shipped yet (" + units(order.pendingUnits()) + "):"),
                    capped(pending, PENDING_LISTED).stream().map(line -> List.of(NoteLine.plain(line))).toList()));
        }
        return blocks;
    }

    private static NoteLine heading(ShipmentAnalysis order) {
        List<NoteLine.Piece> pieces = new ArrayList<>(List.of(new Strong("Order " + OutsideText.name(order.orderName())),
                new Plain(" · placed " + day(order.createdAt()))));
        order.cancelledAt().ifPresent(at -> pieces.add(new Strong(" · CANCELLED on " + day(at))));
        int packages = order.parcels().size();
        String shipment = packages == 0 ? "nothing shipped"
                : (order.isSplit() ? "split shipment: " : "") + count(packages, "package") + " · " + words(order.stage().name());
        pieces.add(new Plain(" · " + shipment));
        return new NoteLine(pieces);
    }

    private static List<NoteLine> parcel(Parcel parcel, int number, int count) {
        List<NoteLine.Piece> summary = new ArrayList<>(List.of(new Plain("Package " + number + " of " + count + ": "
                + parcel.carrier().map(OutsideText::name).orElse("carrier unknown") + " "
                + parcel.trackingNumber().map(n -> OutsideText.name(n.value())).orElse("(no tracking number)")
                + " · " + words(parcel.displayStatus().name())
                + parcel.deliveredAt().map(at -> " · delivery date " + day(at)).orElse("")
                + parcel.estimatedDeliveryAt().map(at -> " · estimated delivery " + day(at)).orElse(""))));
        if (parcel.stage().isProblem()) {
            summary.add(new Strong(" · needs attention"));
        }
        List<NoteLine> lines = new ArrayList<>(List.of(new NoteLine(summary)));
        parcel.trackingUrl().ifPresent(url -> lines.add(parcel.trackingLink()
                .filter(link -> link.length() <= OutsideText.URL_LENGTH)
                .map(link -> NoteLine.of(new Plain("Tracking: "), new Link(link)))
                .orElseGet(() -> NoteLine.plain("Tracking (not linked): " + OutsideText.line(url, OutsideText.URL_LENGTH)))));
        if (!parcel.contents().isEmpty()) {
            lines.add(NoteLine.plain("Contents: " + String.join(", ",
                    capped(parcel.contents().stream().map(OrderSection::content).toList(), CONTENTS_LISTED))));
        }
        return lines;
    }

    private static String content(FulfillmentLineItem item) {
        return item.quantity() + " × " + OutsideText.name(item.name());
    }

    private static String pending(PendingItem item) {
        return item.units() + " × " + OutsideText.name(item.name()) + " · " + item.reason().description();
    }

    private static List<String> capped(List<String> entries, int listed) {
        if (entries.size() <= listed) {
            return entries;
        }
        List<String> shown = new ArrayList<>(entries.subList(0, listed));
        shown.add("and " + (entries.size() - listed) + " more items");
        return shown;
    }

    private static String units(int units) {
        return count(units, "unit");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** {@code IN_TRANSIT} → "in transit". */
    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String day(Instant instant) {
        return DAY.format(instant);
    }
}

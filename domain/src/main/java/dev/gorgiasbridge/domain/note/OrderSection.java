package dev.gorgiasbridge.domain.note;

import static dev.gorgiasbridge.domain.note.NoteWording.count;
import static dev.gorgiasbridge.domain.note.NoteWording.day;

import dev.gorgiasbridge.domain.note.NoteLine.Plain;
import dev.gorgiasbridge.domain.note.NoteLine.Strong;
import dev.gorgiasbridge.domain.shipment.PendingItem;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.util.ArrayList;
import java.util.List;

/** The part of a note about one order: a heading, its packages, and what has not shipped and why. */
final class OrderSection {
    static final int PACKAGES_LISTED = 10;
    static final int PENDING_LISTED = 10;

    private OrderSection() {
    }

    static List<NoteBlock> of(ShipmentAnalysis order) {
        List<List<NoteLine>> packages = new ArrayList<>();
        int parcels = order.parcels().size();
        for (int i = 0; i < Math.min(parcels, PACKAGES_LISTED); i++) {
            packages.add(PackageLines.of(order.parcels().get(i), i + 1, parcels));
        }
        if (parcels > PACKAGES_LISTED) {
            packages.add(List.of(NoteLine.plain("and " + (parcels - PACKAGES_LISTED) + " more packages not listed")));
        }
        List<NoteBlock> blocks = new ArrayList<>(List.of(new NoteBlock.Bullets(heading(order), packages)));
        if (!order.pendingItems().isEmpty()) {
            List<String> pending = order.pendingItems().stream().map(OrderSection::pending).toList();
            blocks.add(new NoteBlock.Bullets(
                    NoteLine.plain("Not shipped yet (" + count(order.pendingUnits(), "unit") + "):"),
                    NoteWording.capped(pending, PENDING_LISTED).stream().map(line -> List.of(NoteLine.plain(line))).toList()));
        }
        return blocks;
    }

    /** Name, date placed, cancellation, whether it is split, and the least-advanced package's stage. */
    private static NoteLine heading(ShipmentAnalysis order) {
        List<NoteLine.Piece> pieces = new ArrayList<>(List.of(new Strong("Order " + OutsideText.name(order.orderName())),
                new Plain(" · placed " + day(order.createdAt()))));
        order.cancelledAt().ifPresent(at -> pieces.add(new Strong(" · CANCELLED on " + day(at))));
        int parcels = order.parcels().size();
        String shipment = parcels == 0 ? "nothing shipped"
                : (order.isSplit() ? "split shipment: " : "") + count(parcels, "package") + " · "
                        + NoteWording.words(order.stage());
        pieces.add(new Plain(" · " + shipment));
        return new NoteLine(pieces);
    }

    private static String pending(PendingItem item) {
        return item.units() + " × " + OutsideText.name(item.name()) + " · " + item.reason().description();
    }
}

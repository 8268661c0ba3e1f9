package dev.gorgiasbridge.domain.note;

import static dev.gorgiasbridge.domain.note.NoteWording.count;
import static dev.gorgiasbridge.domain.note.NoteWording.day;

import dev.gorgiasbridge.domain.note.NoteLine.Plain;
import dev.gorgiasbridge.domain.note.NoteLine.Strong;
import dev.gorgiasbridge.domain.shipment.DeliveryMethod.Handover;
import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import dev.gorgiasbridge.domain.shipment.NonShippingItem;
import dev.gorgiasbridge.domain.shipment.Parcel;
import dev.gorgiasbridge.domain.shipment.PendingItem;
import dev.gorgiasbridge.domain.shipment.PendingReason;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part of a note about one order: a heading, its packages, what has not been handed over yet and why
 * (grouped by how it will reach the customer), and what never ships.
 */
final class OrderSection {
    static final int PACKAGES_LISTED = 10;
    static final int PENDING_LISTED = 10;

    private OrderSection() {
    }

    /** @param asked whether it is the order the customer names in their message */
    static List<NoteBlock> of(ShipmentAnalysis order, ShopCalendar calendar, boolean asked) {
        List<List<NoteLine>> packages = new ArrayList<>();
        int parcels = order.parcels().size();
        for (int i = 0; i < Math.min(parcels, PACKAGES_LISTED); i++) {
            packages.add(PackageLines.of(order.parcels().get(i), i + 1, parcels, calendar));
        }
        if (parcels > PACKAGES_LISTED) {
            packages.add(List.of(NoteLine.plain("and " + (parcels - PACKAGES_LISTED) + " more packages not listed")));
        }
        List<NoteBlock> blocks = new ArrayList<>(List.of(new NoteBlock.Bullets(heading(order, calendar, asked), packages)));
        incompleteness(order).ifPresent(line -> blocks.add(NoteBlock.Paragraph.of(line)));
        for (Handover handover : Handover.values()) {
            List<PendingItem> items = order.pendingItems().stream().filter(item -> item.handover() == handover).toList();
            if (!items.isEmpty()) {
                int units = items.stream().mapToInt(PendingItem::units).sum();
                blocks.add(bullets(pendingTitle(handover) + " (" + count(units, "unit") + "):",
                        items.stream().map(OrderSection::pending).toList()));
            }
        }
        if (!order.nonShippingItems().isEmpty()) {
            int units = order.nonShippingItems().stream().mapToInt(NonShippingItem::units).sum();
            blocks.add(bullets("No shipping needed (" + count(units, "unit") + "):", order.nonShippingItems().stream()
                    .map(item -> item.units() + " × " + OutsideText.name(item.name()) + " · " + fulfilment(item)).toList()));
        }
        return blocks;
    }

    /**
     * Says plainly that the order may hold more than the note shows: a list of Shopify's answer may be cut off
     * (docs/architecture.md, "Lists that may be cut off"), or Shopify calls the order partially fulfilled
     * while it lists nothing still to send.
     */
    private static Optional<NoteLine> incompleteness(ShipmentAnalysis order) {
        if (!order.cutOff().isEmpty()) {
            List<String> lists = order.cutOff().stream().distinct()
                    .map(cut -> "the first " + cut.listed() + " " + cut.part().words()).toList();
            return Optional.of(NoteLine.of(new Strong("Shopify's answer lists only " + (lists.size() == 1 ? lists.getFirst()
                    : String.join(", ", lists.subList(0, lists.size() - 1)) + " and " + lists.getLast())
                    + "; more may exist — see the order in Shopify admin.")));
        }
        if (order.mayBeIncomplete()) {
            return Optional.of(NoteLine.of(new Strong("Shopify marks this order partially fulfilled but lists"
                    + " nothing still to send; see the order in Shopify admin.")));
        }
        return Optional.empty();
    }

    private static NoteBlock bullets(String title, List<String> items) {
        return new NoteBlock.Bullets(NoteLine.plain(title),
                NoteWording.capped(items, PENDING_LISTED).stream().map(line -> List.of(NoteLine.plain(line))).toList());
    }

    /** Name, date placed, cancellation, how it reaches the customer, its shipments and how far they have come. */
    private static NoteLine heading(ShipmentAnalysis order, ShopCalendar calendar, boolean asked) {
        List<NoteLine.Piece> pieces = new ArrayList<>(List.of(new Strong("Order " + OutsideText.name(order.orderName())),
                new Plain(" · placed " + day(calendar, order.createdAt()))));
        if (asked) {
            pieces.add(new Strong(" · the order the customer asks about"));
        }
        order.cancelledAt().ifPresent(at -> pieces.add(new Strong(" · CANCELLED on " + day(calendar, at))));
        Optional<Handover> handover = order.handover();
        handover.flatMap(OrderSection::method).ifPresent(method -> pieces.add(new Plain(" · " + method)));
        pieces.add(new Plain(" · " + shipments(order, handover.orElse(Handover.CARRIER))));
        return new NoteLine(pieces);
    }

    private static Optional<String> method(Handover handover) {
        return switch (handover) {
            case STORE_PICKUP -> Optional.of("local pickup");
            case LOCAL_DELIVERY -> Optional.of("local delivery");
            case CARRIER, NONE -> Optional.empty();
        };
    }

    /**
     * "split shipment: 2 packages · in transit", "partly shipped: 1 package · delivered", "1 package · delivered",
     * or what stands when nothing has gone out. The stage is the least-advanced known one; statuses this code
     * does not know are added in Shopify's words, never hidden behind "unknown".
     */
    private static String shipments(ShipmentAnalysis order, Handover handover) {
        int parcels = order.parcels().size();
        if (parcels == 0) {
            if (!order.pendingItems().isEmpty()) {
                return switch (handover) {
                    case STORE_PICKUP -> "awaiting pickup preparation";
                    case LOCAL_DELIVERY -> "awaiting local delivery";
                    case CARRIER, NONE -> "nothing shipped";
                };
            }
            return order.nonShippingItems().isEmpty() ? "nothing shipped" : "no shipping needed";
        }
        String count = parcels > 1 ? "split shipment: " + count(parcels, "package")
                : (order.isSplit() ? "partly shipped: " : "") + count(parcels, "package");
        List<String> statuses = new ArrayList<>();
        if (order.stage() != DeliveryStage.UNKNOWN) {
            statuses.add(NoteWording.stage(order.stage(), handoverAt(order, handover)));
        }
        order.unrecognisedStatuses().stream().map(NoteWording::status).forEach(statuses::add);
        return count + (statuses.isEmpty() ? "" : " · " + String.join(" · ", statuses));
    }

    /** The handover of the package that sets the order's stage, so a picked-up package reads "picked up". */
    private static Handover handoverAt(ShipmentAnalysis order, Handover fallback) {
        return order.parcels().stream().filter(parcel -> parcel.stage() == order.stage()).map(Parcel::handover)
                .findFirst().orElse(fallback);
    }

    /** "no shipping needed" is not "the customer has it": whether the shop has sent it (a gift card, a download). */
    private static String fulfilment(NonShippingItem item) {
        return switch (item.fulfilment()) {
            case FULFILLED -> "fulfilled";
            case NOT_FULFILLED -> "not yet fulfilled";
            case PARTLY_FULFILLED -> item.fulfilledUnits() + " of " + item.units() + " fulfilled";
        };
    }

    private static String pendingTitle(Handover handover) {
        return switch (handover) {
            case CARRIER -> "Not shipped yet";
            case STORE_PICKUP -> "For pickup, not ready yet";
            case LOCAL_DELIVERY -> "For local delivery, not sent yet";
            case NONE -> "No delivery needed";
        };
    }

    private static String pending(PendingItem item) {
        String reason = switch (item.reason()) {
            case UNRECOGNISED_STATUS -> "fulfillment order status: " + OutsideText.name(item.status().words());
            case AWAITING_FULFILLMENT -> switch (item.handover()) {
                case STORE_PICKUP -> "awaiting pickup preparation";
                case LOCAL_DELIVERY -> "awaiting local delivery";
                case CARRIER, NONE -> PendingReason.AWAITING_FULFILLMENT.description();
            };
            case ON_HOLD, SCHEDULED, INCOMPLETE -> item.reason().description();
        };
        return item.units() + " × " + OutsideText.name(item.name()) + " · " + reason
                + NoteWording.unrecognisedMethod(item.deliveryMethod());
    }
}

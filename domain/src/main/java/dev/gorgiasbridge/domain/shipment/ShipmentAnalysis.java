package dev.gorgiasbridge.domain.shipment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where an order's items are: its packages (one per shipment, whatever its number of tracking numbers), what
 * has not been handed over yet and why, what never ships, whether it arrives split, and the least-advanced
 * known stage across its packages.
 *
 * @param createdAt        when the order was placed, so an agent can tell orders apart
 * @param parcels          one per active fulfillment that sends something physical, in Shopify's order
 * @param pendingItems     empty for a cancelled order: nothing more will ship
 * @param nonShippingItems gift cards, digital goods, services: never pending
 * @param stage            the least-advanced stage among packages whose status is known;
 *                         {@link DeliveryStage#UNKNOWN} only when no package has a known status, and
 *                         {@link DeliveryStage#NOT_SHIPPED} with no package. Pending items do not lower it,
 *                         they are reported beside it
 * @param displayFulfillmentStatus Shopify's own summary of the order, which the lists must not contradict
 * @param cutOff           the lists of Shopify's answer that may not be whole
 */
public record ShipmentAnalysis(
        String orderName,
        Instant createdAt,
        Optional<Instant> cancelledAt,
        List<Parcel> parcels,
        List<PendingItem> pendingItems,
        List<NonShippingItem> nonShippingItems,
        DeliveryStage stage,
        OrderFulfillmentStatus displayFulfillmentStatus,
        List<CutOffList> cutOff) {

    private static final Unrecognised NOT_REPORTED = new Unrecognised("");

    public ShipmentAnalysis {
        Objects.requireNonNull(orderName, "orderName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
        parcels = List.copyOf(parcels);
        pendingItems = List.copyOf(pendingItems);
        nonShippingItems = List.copyOf(nonShippingItems);
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(displayFulfillmentStatus, "displayFulfillmentStatus");
        cutOff = List.copyOf(cutOff);
    }

    public static ShipmentAnalysis of(Order order) {
        List<Parcel> parcels = order.activeFulfillments().stream()
                .filter(fulfillment -> !onlyNonShipping(fulfillment, order))
                .map(fulfillment -> fulfillment.parcel(deliveryMethod(fulfillment, order.fulfillmentOrders())))
                .filter(parcel -> parcel.handover() != DeliveryMethod.Handover.NONE || parcel.isTracked())
                .toList();
        List<PendingItem> pending = order.isCancelled() ? List.of() : PendingItem.of(order);
        return new ShipmentAnalysis(order.name(), order.createdAt(), order.cancelledAt(), parcels, pending,
                NonShippingItem.of(order), knownStage(parcels), order.displayFulfillmentStatus(), order.cutOff());
    }

    /**
     * A fulfillment of nothing but gift cards, digital goods or services (Shopify fulfills gift cards by
     * itself): no package reaches the customer, so it is not a shipment.
     */
    private static boolean onlyNonShipping(Fulfillment fulfillment, Order order) {
        return !fulfillment.lineItems().isEmpty() && fulfillment.lineItems().stream().allMatch(content ->
                order.lineItems().stream().anyMatch(item -> item.name().equals(content.name()) && !item.requiresShipping()));
    }

    /** The method of the fulfillment order its items came from, matched by item name. */
    private static DeliveryMethod deliveryMethod(Fulfillment fulfillment, List<FulfillmentOrder> fulfillmentOrders) {
        return fulfillmentOrders.stream()
                .filter(fo -> fulfillment.lineItems().stream().anyMatch(item -> fo.covers(item.name())))
                .map(FulfillmentOrder::deliveryMethod)
                .findFirst()
                .orElse(NOT_REPORTED);
    }

    private static DeliveryStage knownStage(List<Parcel> parcels) {
        List<DeliveryStage> known = parcels.stream().map(Parcel::stage).filter(s -> s != DeliveryStage.UNKNOWN).toList();
        if (known.isEmpty() && !parcels.isEmpty()) {
            return DeliveryStage.UNKNOWN;
        }
        return DeliveryStage.leastAdvanced(known);
    }

    public int pendingUnits() {
        return pendingItems.stream().mapToInt(PendingItem::units).sum();
    }

    /**
     * The customer gets the order in more than one shipment, or has some of it and waits for the rest; also
     * when Shopify's own summary says the order is partially fulfilled, whatever the lists show.
     */
    public boolean isSplit() {
        return parcels.size() > 1 || !parcels.isEmpty() && (pendingUnits() > 0 || unexplainedPartialFulfilment());
    }

    /**
     * What the analysis shows may not be the whole order: a list of Shopify's answer may be cut off, or Shopify
     * calls the order partially fulfilled while nothing pending is listed. Then neither the note nor the reply
     * may describe it as complete.
     */
    public boolean mayBeIncomplete() {
        return !cutOff.isEmpty() || unexplainedPartialFulfilment();
    }

    /**
     * Shopify calls the order partially fulfilled, yet nothing listed explains it: no pending unit, no gift
     * card or download still to send. Something is missing from what the answer holds.
     */
    private boolean unexplainedPartialFulfilment() {
        return !isCancelled() && displayFulfillmentStatus == OrderFulfillmentStatus.PARTIALLY_FULFILLED
                && pendingUnits() == 0 && nonShippingItems.stream().allMatch(item -> item.unfulfilledUnits() == 0);
    }

    public boolean isCancelled() {
        return cancelledAt.isPresent();
    }

    /** Packages whose stage needs someone to act. */
    public List<Parcel> problemParcels() {
        return parcels.stream().filter(parcel -> parcel.stage().isProblem()).toList();
    }

    /** The display statuses of packages this code does not know, each once, for the note to show as Shopify wrote them. */
    public List<Unrecognised> unrecognisedStatuses() {
        return parcels.stream().map(Parcel::displayStatus)
                .flatMap(status -> status instanceof Unrecognised unknown ? Stream.of(unknown)
                        : Stream.empty())
                .distinct().toList();
    }

    /**
     * How the order reaches the customer when every package and pending item agrees (all picked up at the
     * store, say); empty when there is nothing to say or they differ.
     */
    public Optional<DeliveryMethod.Handover> handover() {
        List<DeliveryMethod.Handover> ways = Stream.concat(
                parcels.stream().map(Parcel::handover), pendingItems.stream().map(PendingItem::handover))
                .distinct().toList();
        return ways.size() == 1 ? Optional.of(ways.getFirst()) : Optional.empty();
    }
}

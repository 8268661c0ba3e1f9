package dev.gorgiasbridge.domain.shipment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an order's items are (DESIGN 4.4): its packages, what has not shipped and why, whether it
 * arrives split, and the least-advanced stage across its packages.
 *
 * @param createdAt    when the order was placed, so an agent can tell orders apart
 * @param pendingItems empty for a cancelled order: nothing more will ship
 * @param stage        the least-advanced package's stage, {@link DeliveryStage#NOT_SHIPPED} with no package;
 *                     pending items do not lower it, they are reported beside it
 */
public record ShipmentAnalysis(
        String orderName,
        Instant createdAt,
        Optional<Instant> cancelledAt,
        List<Fulfillment> activeFulfillments,
        List<Parcel> parcels,
        List<PendingItem> pendingItems,
        DeliveryStage stage) {

    public ShipmentAnalysis {
        Objects.requireNonNull(orderName, "orderName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
        activeFulfillments = List.copyOf(activeFulfillments);
        parcels = List.copyOf(parcels);
        pendingItems = List.copyOf(pendingItems);
        Objects.requireNonNull(stage, "stage");
    }

    public static ShipmentAnalysis of(Order order) {
        List<Fulfillment> active = order.activeFulfillments();
        List<Parcel> parcels = active.stream().flatMap(f -> f.parcels().stream()).toList();
        List<PendingItem> pending = order.isCancelled() ? List.of() : PendingItem.of(order);
        DeliveryStage stage = DeliveryStage.leastAdvanced(parcels.stream().map(Parcel::stage).toList());
        return new ShipmentAnalysis(order.name(), order.createdAt(), order.cancelledAt(), active, parcels, pending, stage);
    }

    public int pendingUnits() {
        return pendingItems.stream().mapToInt(PendingItem::units).sum();
    }

    /** The customer gets the order in more than one package, or has some of it and waits for the rest. */
    public boolean isSplit() {
        return parcels.size() > 1 || !parcels.isEmpty() && pendingUnits() > 0;
    }

    public boolean isCancelled() {
        return cancelledAt.isPresent();
    }

    /** Packages whose stage needs someone to act. */
    public List<Parcel> problemParcels() {
        return parcels.stream().filter(parcel -> parcel.stage().isProblem()).toList();
    }
}

package dev.gorgiasbridge.domain.shipment;

import java.util.Collection;
import java.util.Comparator;

/**
 * How far a package has come, declared from least to most advanced, so that the order's stage is the
 * strongest claim true of every package. Problems rank lowest: a package that failed or missed its
 * delivery has not reached the customer and may never without help, so it heads the order's summary.
 * An unknown status ranks below every normal stage, so it never lets the order claim more than is known.
 */
public enum DeliveryStage {
    /** The carrier could not deliver or gave up ({@code FAILURE}, {@code NOT_DELIVERED}). */
    DELIVERY_FAILED,
    /** The carrier tried and will usually try again ({@code ATTEMPTED_DELIVERY}). */
    DELIVERY_ATTEMPTED,
    /** A display status this code does not know. */
    UNKNOWN,
    /** Nothing is on its way: no package, or its label was voided or the package cancelled. */
    NOT_SHIPPED,
    /** A label exists or a fulfillment service accepted the request; the carrier does not have it yet. */
    PREPARING,
    /** It left the shop ({@code FULFILLED}, {@code MARKED_AS_FULFILLED}) but no carrier confirmed more. */
    SHIPPED,
    /** The carrier has it and reports a delay. */
    DELAYED,
    IN_TRANSIT,
    OUT_FOR_DELIVERY,
    /** Waiting at a pickup point: the customer has to collect it. */
    READY_FOR_PICKUP,
    /** Delivered or picked up: the only stage that means the customer has it. */
    DELIVERED;

    /** Stages the customer or the shop may have to act on. */
    public boolean isProblem() {
        return this == DELIVERY_FAILED || this == DELIVERY_ATTEMPTED || this == DELAYED;
    }

    /** The least-advanced stage; {@link #NOT_SHIPPED} when there are none, as then nothing has shipped. */
    public static DeliveryStage leastAdvanced(Collection<DeliveryStage> stages) {
        return stages.stream().min(Comparator.naturalOrder()).orElse(NOT_SHIPPED);
    }
}

package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.reply.Wording.HandoverState;
import dev.gorgiasbridge.domain.reply.Wording.PackageName;
import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import dev.gorgiasbridge.domain.shipment.Parcel;
import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import dev.gorgiasbridge.domain.shipment.TrackingNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the customer is told about one package: where it is, how to follow it, when it should come. Tracking
 * is offered only for packages a carrier brings; a pickup or a local delivery never promises any.
 */
final class ParcelSentences {
    private ParcelSentences() {
    }

    /**
     * @param only     whether it is the order's only package, named "your package" rather than by its contents
     * @param calendar the shop's days: dates are written as its days, and an estimate already past is said to
     *                 be late, never promised
     */
    static String about(Wording wording, Parcel parcel, boolean only, ShopCalendar calendar) {
        Optional<LocalDate> delivered = parcel.deliveredAt().map(calendar::day);
        Optional<String> contents = only || parcel.contents().isEmpty() ? Optional.empty()
                : Optional.of(Phrasing.contents(wording, parcel.contents()));
        List<String> numbers = parcel.trackingNumbers().stream().map(TrackingNumber::value).toList();
        return switch (parcel.handover()) {
            case CARRIER, NONE -> {
                Optional<String> carrier = parcel.carriers().isEmpty() ? Optional.empty()
                        : Optional.of(wording.and(parcel.carriers().stream().map(Phrasing::oneLine).toList()));
                String sentence = wording.carrierPackage(parcel.stage(), new PackageName(only, contents), carrier,
                        delivered, numbers);
                if (parcel.stage() == DeliveryStage.DELIVERED) {
                    yield sentence;
                }
                // A failed or attempted delivery already says someone is looking into it.
                String late = parcel.isLate(calendar) && !parcel.stage().isProblem()
                        ? wording.late(calendar.day(parcel.estimatedDeliveryAt().orElseThrow())) : "";
                yield sentence + late + wording.following(numbers, parcel.upcomingDelivery(calendar).map(calendar::day),
                        parcel.trackingLinks());
            }
            case STORE_PICKUP -> wording.storePickup(pickup(parcel.stage()), contents, delivered);
            case LOCAL_DELIVERY -> wording.localDelivery(local(parcel.stage()), contents, delivered);
        };
    }

    private static HandoverState pickup(DeliveryStage stage) {
        return switch (stage) {
            case DELIVERED -> HandoverState.DONE;
            case READY_FOR_PICKUP -> HandoverState.READY_FOR_PICKUP;
            case NOT_SHIPPED, PREPARING -> HandoverState.PREPARING;
            case DELIVERY_FAILED, DELIVERY_ATTEMPTED, DELAYED -> HandoverState.PROBLEM;
            // "Fulfilled" or "in transit" says nothing a pickup customer can act on: an agent should check.
            case SHIPPED, IN_TRANSIT, OUT_FOR_DELIVERY, UNKNOWN -> HandoverState.CHECKING;
        };
    }

    private static HandoverState local(DeliveryStage stage) {
        return switch (stage) {
            case DELIVERED -> HandoverState.DONE;
            case SHIPPED, IN_TRANSIT, OUT_FOR_DELIVERY -> HandoverState.UNDER_WAY;
            case NOT_SHIPPED, PREPARING -> HandoverState.PREPARING;
            case DELIVERY_FAILED, DELIVERY_ATTEMPTED, DELAYED -> HandoverState.PROBLEM;
            case READY_FOR_PICKUP, UNKNOWN -> HandoverState.CHECKING;
        };
    }
}

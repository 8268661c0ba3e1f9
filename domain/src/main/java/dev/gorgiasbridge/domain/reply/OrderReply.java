package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.reply.Wording.PendingGroup;
import dev.gorgiasbridge.domain.shipment.DeliveryMethod.Handover;
import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import dev.gorgiasbridge.domain.shipment.NonShippingItem;
import dev.gorgiasbridge.domain.shipment.Parcel;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/** The paragraphs of a reply about one order, chosen by what its analysis says. */
final class OrderReply {
    private static final int PACKAGES_DESCRIBED = 5;
    private static final int ITEMS_NAMED = 3;

    private OrderReply() {
    }

    static List<String> about(Wording wording, ShipmentAnalysis order, ShopCalendar calendar) {
        String intro = wording.intro(Phrasing.oneLine(order.orderName()));
        if (order.isCancelled()) {
            return List.of(intro + " " + wording.cancelled(calendar.day(order.cancelledAt().orElseThrow())));
        }
        if (order.parcels().isEmpty()) {
            return nothingSent(wording, intro, order);
        }
        if (!order.isSplit() && !order.mayBeIncomplete()) {
            return List.of(intro + " " + ParcelSentences.about(wording, order.parcels().getFirst(), true, calendar));
        }
        List<String> lines = new ArrayList<>();
        for (Parcel parcel : described(order.parcels())) {
            lines.add("- " + ParcelSentences.about(wording, parcel, false, calendar));
        }
        int more = order.parcels().size() - PACKAGES_DESCRIBED;
        if (more > 0) {
            lines.add("- " + wording.morePackages(more));
        }
        PendingSentences.about(wording, order.pendingItems()).forEach(sentence -> lines.add("- " + sentence));
        if (order.mayBeIncomplete()) {
            // Shopify's answer may not hold the whole order: what is described is a part, never all of it.
            lines.add("- " + wording.restToConfirm());
        }
        return List.of(intro + " " + wording.sentInParts(), String.join("\n", lines));
    }

    /**
     * The packages the reply describes, in the order's order: all of them when they fit, else those that need
     * attention first (a failed or attempted delivery, a delay), then those not delivered yet, then the
     * delivered ones, so the package the customer is most likely asking about is never the one left out.
     */
    private static List<Parcel> described(List<Parcel> parcels) {
        if (parcels.size() <= PACKAGES_DESCRIBED) {
            return parcels;
        }
        List<Integer> chosen = IntStream.range(0, parcels.size()).boxed()
                .sorted(Comparator.comparingInt(i -> urgency(parcels.get(i))))
                .limit(PACKAGES_DESCRIBED).sorted().toList();
        return chosen.stream().map(parcels::get).toList();
    }

    private static int urgency(Parcel parcel) {
        if (parcel.stage().isProblem()) {
            return 0;
        }
        return parcel.stage() == DeliveryStage.DELIVERED ? 2 : 1;
    }

    private static String named(Wording wording, List<NonShippingItem> items, ToIntFunction<NonShippingItem> units) {
        List<String> named = items.stream().limit(ITEMS_NAMED).map(item -> Phrasing.units(item.name(), units.applyAsInt(item))).toList();
        int more = items.size() - named.size();
        return more == 0 ? wording.and(named) : wording.andMore(named, more);
    }

    private static List<String> nothingSent(Wording wording, String intro, ShipmentAnalysis order) {
        if (order.pendingItems().isEmpty()) {
            if (order.nonShippingItems().isEmpty()) {
                return List.of(intro + " " + wording.nothingToShip());
            }
            List<NonShippingItem> unsent = order.nonShippingItems().stream()
                    .filter(item -> item.fulfilment() != NonShippingItem.Fulfilment.FULFILLED).toList();
            // "Nothing needs shipping" is not "you have it": what the shop has not sent yet is said as such.
            return List.of(intro + " " + wording.noShippingNeeded(named(wording, order.nonShippingItems(), NonShippingItem::units))
                    + (unsent.isEmpty() ? "" : " " + wording.notSentYet(named(wording, unsent, NonShippingItem::unfulfilledUnits))));
        }
        boolean allShipped = order.pendingItems().stream().allMatch(item -> item.handover() == Handover.CARRIER);
        List<String> sentences = new ArrayList<>(List.of(intro));
        if (allShipped) {
            // Everything waits to ship, so "hasn't shipped yet" is said once for the order; only a hold, a
            // schedule or a status to check adds something the customer does not know.
            sentences.add(wording.notShippedYet());
            sentences.addAll(PendingSentences.about(wording, order.pendingItems().stream()
                    .filter(item -> PendingSentences.group(item) != PendingGroup.AWAITING_SHIPMENT).toList()));
            sentences.add(wording.trackingPromise());
        } else {
            // A pickup or a local delivery is never "shipped" and never tracked: each group says what it is.
            sentences.addAll(PendingSentences.about(wording, order.pendingItems()));
        }
        return List.of(String.join(" ", sentences));
    }
}

package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.reply.Wording.PendingGroup;
import dev.gorgiasbridge.domain.shipment.DeliveryMethod.Handover;
import dev.gorgiasbridge.domain.shipment.NonShippingItem;
import dev.gorgiasbridge.domain.shipment.Parcel;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.util.ArrayList;
import java.util.List;

/** The paragraphs of a reply about one order, chosen by what its analysis says. */
final class OrderReply {
    private static final int PACKAGES_DESCRIBED = 5;
    private static final int ITEMS_NAMED = 3;

    private OrderReply() {
    }

    static List<String> about(Wording wording, ShipmentAnalysis order) {
        String intro = wording.intro(Phrasing.oneLine(order.orderName()));
        if (order.isCancelled()) {
            return List.of(intro + " " + wording.cancelled(order.cancelledAt().orElseThrow()));
        }
        if (order.parcels().isEmpty()) {
            return nothingSent(wording, intro, order);
        }
        if (!order.isSplit()) {
            return List.of(intro + " " + ParcelSentences.about(wording, order.parcels().getFirst(), true));
        }
        List<String> lines = new ArrayList<>();
        for (Parcel parcel : order.parcels().stream().limit(PACKAGES_DESCRIBED).toList()) {
            lines.add("- " + ParcelSentences.about(wording, parcel, false));
        }
        int more = order.parcels().size() - PACKAGES_DESCRIBED;
        if (more > 0) {
            lines.add("- " + wording.morePackages(more));
        }
        PendingSentences.about(wording, order.pendingItems()).forEach(sentence -> lines.add("- " + sentence));
        return List.of(intro + " " + wording.sentInParts(), String.join("\n", lines));
    }

    private static List<String> nothingSent(Wording wording, String intro, ShipmentAnalysis order) {
        if (order.pendingItems().isEmpty()) {
            if (order.nonShippingItems().isEmpty()) {
                return List.of(intro + " " + wording.nothingToShip());
            }
            List<NonShippingItem> items = order.nonShippingItems();
            List<String> named = items.stream().limit(ITEMS_NAMED).map(item -> Phrasing.units(item.name(), item.units())).toList();
            int more = items.size() - named.size();
            return List.of(intro + " " + wording.noShippingNeeded(more == 0 ? wording.and(named) : wording.andMore(named, more)));
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

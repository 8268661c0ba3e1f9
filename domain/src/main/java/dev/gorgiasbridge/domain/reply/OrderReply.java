package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.Parcel;
import dev.gorgiasbridge.domain.shipment.PendingReason;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.util.ArrayList;
import java.util.List;

/** The paragraphs of a reply about one order, chosen by what its analysis says. */
final class OrderReply {
    private static final int PACKAGES_DESCRIBED = 5;

    private OrderReply() {
    }

    static List<String> about(ShipmentAnalysis order) {
        String intro = "Thanks for reaching out about your order " + Phrasing.oneLine(order.orderName()) + ".";
        if (order.isCancelled()) {
            return List.of(intro + " It was cancelled on " + Phrasing.day(order.cancelledAt().orElseThrow())
                    + ", so nothing more will ship from it. If that's unexpected, just reply and we'll look into it.");
        }
        if (order.parcels().isEmpty()) {
            return nothingShipped(intro, order);
        }
        if (!order.isSplit()) {
            return List.of(intro + " " + ParcelSentences.about("Your package", order.parcels().getFirst()));
        }
        List<String> lines = new ArrayList<>();
        order.parcels().stream().limit(PACKAGES_DESCRIBED).map(OrderReply::bullet).forEach(lines::add);
        int more = order.parcels().size() - PACKAGES_DESCRIBED;
        if (more > 0) {
            lines.add("- " + more + " more " + (more == 1 ? "package is" : "packages are")
                    + " part of this order; I'm happy to send you their details too.");
        }
        PendingSentences.about(order.pendingItems()).forEach(sentence -> lines.add("- " + sentence));
        return List.of(intro + " It is being sent in parts:", String.join("\n", lines));
    }

    private static List<String> nothingShipped(String intro, ShipmentAnalysis order) {
        if (order.pendingItems().isEmpty()) {
            return List.of(intro + " I can't see any items on it that still need to ship.");
        }
        // Every item waits, so "hasn't shipped yet" is said once for the order; only a hold or a
        // schedule adds something the customer does not know.
        var explained = order.pendingItems().stream()
                .filter(item -> item.reason() != PendingReason.AWAITING_FULFILLMENT).toList();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(intro + " It hasn't shipped yet.");
        paragraphs.addAll(PendingSentences.about(explained));
        paragraphs.add("We'll send you the tracking details as soon as it's on its way.");
        return List.of(String.join(" ", paragraphs));
    }

    private static String bullet(Parcel parcel) {
        String subject = parcel.contents().isEmpty() ? "One package"
                : "The package with " + Phrasing.contents(parcel.contents());
        return "- " + ParcelSentences.about(subject, parcel);
    }
}

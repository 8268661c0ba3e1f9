package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.PendingItem;
import dev.gorgiasbridge.domain.shipment.PendingReason;
import java.util.ArrayList;
import java.util.List;

/** What the customer is told about items not shipped yet: one sentence per reason, in reason order. */
final class PendingSentences {
    private static final int ITEMS_NAMED = 5;

    private PendingSentences() {
    }

    static List<String> about(List<PendingItem> pending) {
        List<String> sentences = new ArrayList<>();
        for (PendingReason reason : PendingReason.values()) {
            List<PendingItem> items = pending.stream().filter(item -> item.reason() == reason).toList();
            if (!items.isEmpty()) {
                sentences.add(sentence(reason, items));
            }
        }
        return sentences;
    }

    private static String sentence(PendingReason reason, List<PendingItem> items) {
        boolean plural = items.size() > 1 || items.getFirst().units() > 1;
        String names = names(items);
        return switch (reason) {
            case AWAITING_FULFILLMENT -> names + (plural ? " haven't" : " hasn't") + " shipped yet; we'll send you"
                    + " the tracking details as soon as " + (plural ? "they do." : "it does.");
            case ON_HOLD -> names + (plural ? " are" : " is") + " on hold at the moment, so "
                    + (plural ? "they haven't" : "it hasn't") + " shipped yet. We're looking into it and will keep you posted.";
            case SCHEDULED -> names + (plural ? " are" : " is") + " scheduled to ship at a later date; we'll send"
                    + " you the tracking details once " + (plural ? "they ship." : "it ships.");
        };
    }

    private static String names(List<PendingItem> items) {
        List<String> named = items.stream().limit(ITEMS_NAMED).map(item -> Phrasing.units(item.name(), item.units())).toList();
        int more = items.size() - named.size();
        return more == 0 ? Phrasing.list(named, "and")
                : String.join(", ", named) + " and " + more + " more " + (more == 1 ? "item" : "items");
    }
}

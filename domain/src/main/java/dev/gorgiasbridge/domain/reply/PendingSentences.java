package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.reply.Wording.PendingGroup;
import dev.gorgiasbridge.domain.shipment.PendingItem;
import dev.gorgiasbridge.domain.shipment.PendingReason;
import java.util.ArrayList;
import java.util.List;

/** What the customer is told about items not handed over yet: one sentence per group, in group order. */
final class PendingSentences {
    private static final int ITEMS_NAMED = 5;

    private PendingSentences() {
    }

    static List<String> about(Wording wording, List<PendingItem> pending) {
        List<String> sentences = new ArrayList<>();
        for (PendingGroup group : PendingGroup.values()) {
            List<PendingItem> items = pending.stream().filter(item -> group(item) == group).toList();
            if (!items.isEmpty()) {
                boolean plural = items.size() > 1 || items.getFirst().units() > 1;
                sentences.add(wording.pending(group, names(wording, items), plural));
            }
        }
        return sentences;
    }

    /**
     * A hold or a status needing a look is said as such however the items travel; otherwise a pickup or a
     * local delivery is prepared (never "shipped", never tracked), and shipped items wait or are scheduled.
     */
    static PendingGroup group(PendingItem item) {
        return switch (item.reason()) {
            case ON_HOLD -> PendingGroup.ON_HOLD;
            case INCOMPLETE, UNRECOGNISED_STATUS -> PendingGroup.CHECKING;
            case SCHEDULED, AWAITING_FULFILLMENT -> switch (item.handover()) {
                case STORE_PICKUP -> PendingGroup.PREPARING_FOR_PICKUP;
                case LOCAL_DELIVERY -> PendingGroup.PREPARING_FOR_LOCAL_DELIVERY;
                case CARRIER, NONE -> item.reason() == PendingReason.SCHEDULED
                        ? PendingGroup.SCHEDULED : PendingGroup.AWAITING_SHIPMENT;
            };
        };
    }

    private static String names(Wording wording, List<PendingItem> items) {
        List<String> named = items.stream().limit(ITEMS_NAMED).map(item -> Phrasing.units(item.name(), item.units())).toList();
        int more = items.size() - named.size();
        return more == 0 ? wording.and(named) : wording.andMore(named, more);
    }
}

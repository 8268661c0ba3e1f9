package dev.gorgiasbridge.domain.shipment;

/** Why items have not shipped yet, as far as the order's fulfillment orders say. */
public enum PendingReason {
    /** Nothing explains the wait: the shop simply has not sent it yet. */
    AWAITING_FULFILLMENT("awaiting fulfillment"),
    /** The merchant or a fulfillment service put the items on hold. */
    ON_HOLD("on hold"),
    /** Fulfillment is scheduled for later, e.g. a pre-order or subscription. */
    SCHEDULED("scheduled for later fulfillment");

    private final String description;

    PendingReason(String description) {
        this.description = description;
    }

    /** Words fit for a note to an agent. */
    public String description() {
        return description;
    }
}

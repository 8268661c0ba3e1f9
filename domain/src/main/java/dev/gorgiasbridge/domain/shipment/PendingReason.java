package dev.gorgiasbridge.domain.shipment;

/** Why items have not been handed over yet, as far as the order's fulfillment orders say. */
public enum PendingReason {
    /** Nothing explains the wait: the shop simply has not sent it (or prepared it) yet. */
    AWAITING_FULFILLMENT("awaiting fulfillment"),
    /** The merchant or a fulfillment service put the items on hold. */
    ON_HOLD("on hold"),
    /** Fulfillment is scheduled for later, e.g. a pre-order or subscription. */
    SCHEDULED("scheduled for later fulfillment"),
    /** The fulfillment order cannot be completed as requested: someone has to look at it. */
    INCOMPLETE("incomplete: the fulfillment cannot be completed as requested"),
    /** The fulfillment order is in a status this code does not know yet: someone has to look at it. */
    UNRECOGNISED_STATUS("in a fulfillment order status this service does not know yet");

    private final String description;

    PendingReason(String description) {
        this.description = description;
    }

    /** Words fit for a note to an agent. */
    public String description() {
        return description;
    }

    /** The reason a fulfillment order in this status gives; the switch has no default so a new status must be placed. */
    static PendingReason of(FulfillmentOrderState status) {
        return switch (status) {
            case FulfillmentOrderStatus known -> switch (known) {
                case ON_HOLD -> ON_HOLD;
                case SCHEDULED -> SCHEDULED;
                case INCOMPLETE -> INCOMPLETE;
                case OPEN, IN_PROGRESS, CLOSED, CANCELLED -> AWAITING_FULFILLMENT;
            };
            case Unrecognised unknown -> unknown.isMissing() ? AWAITING_FULFILLMENT : UNRECOGNISED_STATUS;
        };
    }

    /** Which reason wins when an item waits in several fulfillment orders: the one needing someone most. */
    int urgency() {
        return switch (this) {
            case ON_HOLD -> 4;
            case INCOMPLETE -> 3;
            case UNRECOGNISED_STATUS -> 2;
            case SCHEDULED -> 1;
            case AWAITING_FULFILLMENT -> 0;
        };
    }
}

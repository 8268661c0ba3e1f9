package dev.gorgiasbridge.domain.webhook;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Gorgias HTTP-integration triggers the service understands. The body does not say which one fired,
 * so operators name it in the integration URL ({@code ?event=ticket-message-created}).
 */
public enum GorgiasTrigger {
    TICKET_CREATED("ticket-created"),
    TICKET_UPDATED("ticket-updated"),
    TICKET_MESSAGE_CREATED("ticket-message-created");

    private final String wireName;

    GorgiasTrigger(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<GorgiasTrigger> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}

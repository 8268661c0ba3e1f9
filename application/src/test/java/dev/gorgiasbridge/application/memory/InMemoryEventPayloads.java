package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.processing.port.out.EventPayloads;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.domain.ticket.TicketEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Payloads stand for ticket events registered by the test; anything else is unreadable. */
public final class InMemoryEventPayloads implements EventPayloads {
    private final Map<String, TicketEvent> events = new ConcurrentHashMap<>();

    /** Registers the event a payload stands for and returns the payload. */
    public String payloadFor(TicketEvent event) {
        String payload = "{\"event\":" + events.size() + ",\"ticket\":" + event.ticket().id() + "}";
        events.put(payload, event);
        return payload;
    }

    @Override
    public TicketEvent read(String payload) {
        TicketEvent event = events.get(payload);
        if (event == null) {
            throw new ExternalServiceException.Permanent("gorgias", "webhook payload is malformed JSON", null);
        }
        return event;
    }
}

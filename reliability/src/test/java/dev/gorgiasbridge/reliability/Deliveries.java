package dev.gorgiasbridge.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Webhook bodies: the documented ticket-message-created sample, re-numbered so that each is a new event. */
final class Deliveries {
    private static final String SAMPLE = contract("gorgias/ticket-message-created.json");

    private Deliveries() {
    }

    /** A customer's message on its own ticket: it deserves a note, so the worker posts one. */
    static byte[] customerMessage(long ticketId, long messageId) {
        return SAMPLE.replace("91234567", Long.toString(ticketId))
                .replace("310000002", Long.toString(messageId))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A customer message from a customer of its own (Shopify id and email derived from the message id), so
     * the order lookup cannot be answered from the cache of an earlier message's lookup: each one asks Shopify.
     */
    static byte[] customerMessageFromItsOwnCustomer(long ticketId, long messageId) {
        String sample = new String(customerMessage(ticketId, messageId), StandardCharsets.UTF_8);
        return sample.replace("7460267524351", Long.toString(9_000_000_000_000L + messageId))
                .replaceAll("(?i)maria\\.keller@example\\.com", "customer-" + messageId + "@lindas.example")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An agent's reply: stored, read and skipped by the worker without calling Gorgias or Shopify. */
    static byte[] agentReply(long ticketId, long messageId) {
        return ("{\"ticket\":{\"id\":" + ticketId + ",\"status\":\"open\",\"customer\":{\"id\":1},\"messages\":[]},"
                + "\"message\":{\"id\":" + messageId + ",\"channel\":\"email\",\"from_agent\":true,"
                + "\"body_text\":\"Thanks, it is on its way.\"}}").getBytes(StandardCharsets.UTF_8);
    }

    static String contract(String path) {
        try (InputStream in = Deliveries.class.getResourceAsStream("/contracts/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing contract fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.gorgiasbridge.adapters.gorgias;

import java.util.Optional;

/**
 * One Gorgias API request and how far it may be repeated.
 *
 * @param path  below the base URL, query included ({@code /api/tickets/1/messages?limit=100})
 * @param body  JSON to send, if any
 */
record GorgiasCall(String method, String path, Optional<String> body, Repeat repeat) {

    /** How far a failed request may be sent again inside the adapter. */
    enum Repeat {
        /** Reads: 429, 5xx, timeouts and connection failures are retried with backoff. */
        IDEMPOTENT,
        /**
         * Creating a note: only when Gorgias surely did nothing (429, or no connection made). After a 5xx or a
         * timeout the note may exist; the caller looks for its external id before posting again.
         */
        ONLY_IF_NOT_PROCESSED,
        /** Health checks: one request, the answer as it is. */
        NEVER
    }

    static GorgiasCall get(String path) {
        return new GorgiasCall("GET", path, Optional.empty(), Repeat.IDEMPOTENT);
    }

    static GorgiasCall create(String path, String json) {
        return new GorgiasCall("POST", path, Optional.of(json), Repeat.ONLY_IF_NOT_PROCESSED);
    }

    static GorgiasCall probe(String path) {
        return new GorgiasCall("GET", path, Optional.empty(), Repeat.NEVER);
    }

    /** Method and path without the query, for messages: safe to show, short. */
    String describe() {
        int query = path.indexOf('?');
        return method + " " + (query < 0 ? path : path.substring(0, query));
    }
}

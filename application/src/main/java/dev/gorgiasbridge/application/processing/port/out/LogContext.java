package dev.gorgiasbridge.application.processing.port.out;

import java.util.Map;

/** Puts identifiers (event, ticket) on every log line written while a piece of work runs on this thread. */
public interface LogContext {

    /** Adds the fields until the returned scope is closed. */
    Scope open(Map<String, String> fields);

    /** The fields' lifetime. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** A context that adds nothing, for tests and tools. */
    static LogContext none() {
        return fields -> () -> { };
    }
}

package dev.gorgiasbridge.bootstrap.config;

import java.util.Objects;

/** A configured secret: its value is only ever read on purpose, never printed by accident. */
public record Secret(String value) {
    public Secret {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "****";
    }
}

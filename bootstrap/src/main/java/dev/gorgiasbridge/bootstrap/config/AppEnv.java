package dev.gorgiasbridge.bootstrap.config;

import java.util.Locale;
import java.util.Optional;

/** The environment the service runs in; staging and production refuse to start on incomplete settings. */
public enum AppEnv {
    DEVELOPMENT, STAGING, PRODUCTION;

    public boolean strict() {
        return this != DEVELOPMENT;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<AppEnv> parse(String text) {
        for (AppEnv env : values()) {
            if (env.wireName().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(env);
            }
        }
        return Optional.empty();
    }
}

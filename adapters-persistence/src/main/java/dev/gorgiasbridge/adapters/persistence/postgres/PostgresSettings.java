package dev.gorgiasbridge.adapters.persistence.postgres;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach PostgreSQL.
 *
 * @param jdbcUrl  a {@code jdbc:postgresql://} URL
 * @param user     may be empty when the URL carries it
 * @param password may be empty (trust authentication)
 * @param poolSize the maximum number of pooled connections
 */
public record PostgresSettings(String jdbcUrl, String user, String password, int poolSize, Duration connectionTimeout) {
    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("expected a jdbc:postgresql: URL");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1");
        }
    }

    @Override
    public String toString() {
        return "PostgresSettings[url=%s, user=%s, password=%s, poolSize=%d]"
                .formatted(jdbcUrl.replaceAll("password=[^&]*", "password=****"), user,
                        password.isEmpty() ? "(none)" : "****", poolSize);
    }
}

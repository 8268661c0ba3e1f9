package dev.gorgiasbridge.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code DATABASE_URL} in either spelling operators use: {@code postgresql://user:pass@host:port/db?…}
 * (also {@code postgres://}) or {@code jdbc:postgresql://host:port/db?user=…}. Credentials are kept
 * apart from the JDBC URL so the URL can be logged.
 */
public record DatabaseUrl(String jdbcUrl, String user, Secret password) {

    public static Optional<DatabaseUrl> parse(String text) {
        String value = text.strip();
        if (value.startsWith("jdbc:postgresql://")) {
            return Optional.of(new DatabaseUrl(value, "", new Secret("")));
        }
        if (!value.startsWith("postgresql://") && !value.startsWith("postgres://")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null || uri.getRawPath() == null || uri.getRawPath().length() <= 1) {
                return Optional.empty();
            }
            String user = "";
            String password = "";
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = decode(parts[0]);
                password = parts.length == 2 ? decode(parts[1]) : "";
            }
            String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]" : uri.getHost();
            String jdbc = "jdbc:postgresql://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return Optional.of(new DatabaseUrl(jdbc, user, new Secret(password)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}

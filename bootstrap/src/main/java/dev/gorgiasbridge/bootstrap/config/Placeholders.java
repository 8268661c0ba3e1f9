package dev.gorgiasbridge.bootstrap.config;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Values that are obviously not real credentials: the demo values the previous system shipped with
 * (docs/configuration.md), the placeholders of {@code .env.example} and the documentation examples they resemble.
 *
 * <p>{@link #CHECKED} names every secret and URL the service reads with the shape of its value; startup
 * (staging, production) and the doctor judge them all through {@link #holdsPlaceholder(String, String)},
 * so they cannot disagree. A new secret or URL is one more entry in that table.
 */
public final class Placeholders {
    private static final Set<String> KNOWN = Set.of(
            "demo", "demo-api-key", "demo@example.com", "demo-webhook-secret", "changeme", "change-me",
            "placeholder", "secret", "password", "pass", "test", "todo", "xxx", "example", "none", "null",
            "username", "token", "api-key", "apikey", "examplepublickey");
    /** Documentation domains (RFC 2606): an address or URL there was copied from an example. */
    private static final Set<String> EXAMPLE_DOMAINS = Set.of("example.com", "example.net", "example.org");

    /** How a variable's value is read when looking for a placeholder in it. */
    public enum Shape {
        /** A subdomain or model name: {@code change-me-shop}, {@code demo.gorgias.com}. */
        NAME,
        /** One secret. */
        SECRET,
        /** Comma-separated secrets; one placeholder among them is enough. */
        SECRETS,
        /** An email address: a placeholder mailbox, or any mailbox at a documentation domain. */
        EMAIL,
        /** A URL whose user, password or host may be a placeholder. */
        URL,
        /** Comma-separated browser origins. */
        ORIGINS
    }

    /** Every secret and URL the service reads, in the order problems are listed. */
    public static final Map<String, Shape> CHECKED = checked();

    private static Map<String, Shape> checked() {
        Map<String, Shape> checked = new LinkedHashMap<>();
        checked.put("DATABASE_URL", Shape.URL);
        checked.put("REDIS_URL", Shape.URL);
        checked.put("GORGIAS_DOMAIN", Shape.NAME);
        checked.put("GORGIAS_USERNAME", Shape.EMAIL);
        checked.put("GORGIAS_API_KEY", Shape.SECRET);
        checked.put("GORGIAS_SENDER_EMAIL", Shape.EMAIL);
        checked.put("GORGIAS_BASE_URL", Shape.URL);
        checked.put("GORGIAS_WEBHOOK_TOKEN", Shape.SECRETS);
        checked.put("GORGIAS_WEBHOOK_SECRET", Shape.SECRETS);
        checked.put("SHOPIFY_SHOP_NAME", Shape.NAME);
        checked.put("SHOPIFY_ACCESS_TOKEN", Shape.SECRET);
        checked.put("SHOPIFY_CLIENT_ID", Shape.SECRET);
        checked.put("SHOPIFY_CLIENT_SECRET", Shape.SECRET);
        checked.put("SHOPIFY_BASE_URL", Shape.URL);
        checked.put("JWT_SECRET", Shape.SECRET);
        checked.put("METRICS_TOKEN", Shape.SECRET);
        checked.put("SENTRY_DSN", Shape.URL);
        checked.put("CORS_ALLOWED_ORIGINS", Shape.ORIGINS);
        checked.put("AI_BASE_URL", Shape.URL);
        checked.put("AI_API_KEY", Shape.SECRET);
        return java.util.Collections.unmodifiableMap(checked);
    }

    private Placeholders() {
    }

    /**
     * Whether {@code variable}, one of {@link #CHECKED}, is set to a placeholder. Blank means unset, not a
     * placeholder; whether unset is allowed is another rule.
     */
    public static boolean holdsPlaceholder(String variable, String value) {
        Shape shape = CHECKED.get(variable);
        if (shape == null) {
            throw new IllegalArgumentException(variable + " is not a checked secret or URL");
        }
        return value != null && !value.isBlank() && holdsPlaceholder(shape, value.strip());
    }

    static boolean holdsPlaceholder(Shape shape, String value) {
        return switch (shape) {
            case NAME -> isPlaceholder(value.split("\\.", 2)[0]);
            case SECRET -> isPlaceholder(value);
            case SECRETS -> Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                    .anyMatch(Placeholders::isPlaceholder);
            case EMAIL -> email(value);
            case URL -> url(value);
            case ORIGINS -> Arrays.stream(value.split(",")).map(String::strip)
                    .filter(v -> !v.isEmpty() && !"*".equals(v)).anyMatch(Placeholders::url);
        };
    }

    /**
     * Whether a setting's value holds a placeholder: judged by its shape when it is one of {@link #CHECKED},
     * otherwise as one value. Development reads such a value as unset (a copied {@code .env.example}).
     */
    static boolean holdsPlaceholderSetting(String variable, String value) {
        return CHECKED.containsKey(variable) ? holdsPlaceholder(variable, value)
                : value != null && !value.isBlank() && isPlaceholder(value.strip());
    }

    /** A demo value, a template's {@code change-me…}, {@code <…>} or {@code xxxx}: never a real credential. */
    static boolean isPlaceholder(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.isEmpty()
                || KNOWN.contains(v)
                || v.startsWith("shpat_xxx")
                || v.startsWith("change-me")
                || v.startsWith("changeme")
                || v.startsWith("replace-me")
                || v.startsWith("your-")
                || v.contains("xxxx")
                || v.startsWith("<") && v.endsWith(">");
    }

    private static boolean email(String value) {
        int at = value.lastIndexOf('@');
        if (at < 0) {
            return isPlaceholder(value);
        }
        return isPlaceholder(value) || isPlaceholder(value.substring(0, at)) || placeholderHost(value.substring(at + 1));
    }

    /** A URL with a placeholder user, password or host; one that cannot be read is another rule's problem. */
    private static boolean url(String value) {
        Optional<URI> uri = readable(value);
        if (uri.isEmpty()) {
            return isPlaceholder(value);
        }
        String userInfo = uri.get().getRawUserInfo();
        if (userInfo != null) {
            for (String part : userInfo.split(":", 2)) {
                if (!part.isEmpty() && isPlaceholder(part)) {
                    return true;
                }
            }
        }
        String query = uri.get().getRawQuery();
        if (query != null) {
            for (String parameter : query.split("&")) {
                String[] pair = parameter.split("=", 2);
                if (pair.length == 2 && pair[0].equalsIgnoreCase("password") && isPlaceholder(pair[1])) {
                    return true;
                }
            }
        }
        return uri.get().getHost() != null && placeholderHost(uri.get().getHost());
    }

    private static Optional<URI> readable(String value) {
        try {
            return Optional.of(new URI(value.startsWith("jdbc:") ? value.substring("jdbc:".length()) : value));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean placeholderHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return EXAMPLE_DOMAINS.stream().anyMatch(domain -> h.equals(domain) || h.endsWith("." + domain))
                || isPlaceholder(h.split("\\.", 2)[0]);
    }
}

package dev.gorgiasbridge.bootstrap.config;

import java.util.Locale;
import java.util.Set;

/**
 * Values that are obviously not real credentials: the demo values the previous system shipped with
 * (DESIGN R2) and the placeholders of {@code .env.example}.
 */
final class Placeholders {
    private static final Set<String> KNOWN = Set.of(
            "demo", "demo-api-key", "demo@example.com", "demo-webhook-secret", "changeme", "change-me",
            "placeholder", "secret", "password", "test", "todo", "xxx", "example", "none", "null");

    private Placeholders() {
    }

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
}

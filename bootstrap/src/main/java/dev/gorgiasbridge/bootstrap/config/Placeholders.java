package dev.gorgiasbridge.bootstrap.config;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * Whether a setting's value is, or holds, a placeholder: the value itself, an entry of a comma-separated
     * list, or a URL's user, password or host ({@code postgresql://app:change-me@…}, {@code https://change-me.example.com}).
     */
    static boolean isPlaceholderSetting(String value) {
        for (String entry : value.split(",")) {
            if (!entry.isBlank() && (isPlaceholder(entry) || urlHoldsPlaceholder(entry.strip()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean urlHoldsPlaceholder(String entry) {
        int scheme = entry.indexOf("://");
        if (scheme < 0) {
            return false;
        }
        String authority = entry.substring(scheme + 3).split("[/?#]", 2)[0];
        int at = authority.lastIndexOf('@');
        List<String> parts = new ArrayList<>();
        if (at >= 0) {
            parts.addAll(List.of(authority.substring(0, at).split(":", 2)));
        }
        String host = authority.substring(at + 1).replaceFirst(":\\d*$", "");
        parts.add(host);
        parts.add(host.split("\\.", 2)[0]);
        return parts.stream().anyMatch(part -> !part.isEmpty() && isPlaceholder(part));
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

package dev.gorgiasbridge.bootstrap.config;

import dev.gorgiasbridge.bootstrap.config.SettingsProblem.Kind;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The environment's variables read as typed values. A value that cannot be read is a problem recorded
 * here (never with the value itself, which may be a secret) and the default stands in for it, so reading
 * goes on and every problem is found in one pass.
 */
final class EnvironmentValues {
    private final Map<String, String> env;
    private final List<String> known;
    private final List<SettingsProblem> problems = new ArrayList<>();
    private final Map<String, String> ignoredPlaceholders = new LinkedHashMap<>();
    private Map<String, String> placeholdersMeanUnset = Map.of();

    EnvironmentValues(Map<String, String> env, List<String> known) {
        this.env = env;
        this.known = known;
    }

    List<SettingsProblem> problems() {
        return List.copyOf(problems);
    }

    void problem(String variable, Kind kind, String message) {
        problems.add(new SettingsProblem(variable, kind, message));
    }

    /**
     * From now on a placeholder in one of these variables reads as unset, noted once per variable with
     * what that means (the map's value), instead of as a value to call with: development's reading of a
     * copied {@code .env.example}.
     */
    void placeholdersMeanUnset(Map<String, String> consequences) {
        placeholdersMeanUnset = Map.copyOf(consequences);
    }

    /** The variables whose placeholder was read as unset, each with the sentence that explains it. */
    List<String> ignoredPlaceholders() {
        return List.copyOf(ignoredPlaceholders.values());
    }

    /** Reads {@code name}; a placeholder there, when placeholders mean unset, reads as unset with a note. */
    Optional<String> configured(String name) {
        Optional<String> value = text(name);
        String consequence = placeholdersMeanUnset.get(name);
        if (value.isPresent() && consequence != null && Placeholders.holdsPlaceholderSetting(name, value.get())) {
            ignoredPlaceholders.putIfAbsent(name, name + " holds a placeholder value (like .env.example's), so it is "
                    + "treated as not set: " + consequence);
            return Optional.empty();
        }
        return value;
    }
    boolean flag(String name) {
        return text(name).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problem(name, Kind.MALFORMED, name + " must be true or false");
                yield false;
            }
        }).orElse(false);
    }
    /** Required and unset is a problem; a placeholder is judged with every other secret (Placeholders). */
    void require(String name, Optional<?> value) {
        if (value.isEmpty()) {
            problem(name, Kind.MISSING, name + " is required");
        }
    }
    Optional<String> text(String name) {
        if (!known.contains(name)) {
            throw new IllegalArgumentException(name + " is read but not listed in VARIABLES (and .env.example)");
        }
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
    Optional<Secret> secret(String name) {
        return configured(name).map(Secret::new);
    }
    List<String> list(String name) {
        return configured(name).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }
    List<Secret> secrets(String name) {
        return list(name).stream().map(Secret::new).toList();
    }
    long number(String name, long fallback, long min, long max) {
        Optional<String> raw = text(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.get());
            if (value < min || value > max) {
                problem(name, Kind.MALFORMED, name + " must be between " + min + " and " + max);
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(name, Kind.MALFORMED, name + " must be a whole number");
            return fallback;
        }
    }
    Optional<URI> uri(String name, String... schemes) {
        Optional<String> raw = configured(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<URI> uri = raw.flatMap(EnvironmentValues::parsedUri)
                .filter(u -> u.getScheme() != null && Arrays.asList(schemes).contains(u.getScheme().toLowerCase(Locale.ROOT))
                        && u.getHost() != null);
        if (uri.isEmpty()) {
            // Never the value itself, nor the parser's message quoting it: it may carry a password.
            problem(name, Kind.MALFORMED, name + " must be a " + String.join(" or ", schemes) + ":// URL");
        }
        return uri;
    }

    /** The text as a URI, or empty when it is not one. */
    static Optional<URI> parsedUri(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}

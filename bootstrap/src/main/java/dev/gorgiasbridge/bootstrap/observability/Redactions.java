package dev.gorgiasbridge.bootstrap.observability;

import dev.gorgiasbridge.application.redaction.port.out.Redaction;
import dev.gorgiasbridge.bootstrap.config.Secret;
import dev.gorgiasbridge.bootstrap.config.Settings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must never reach a log line or an error report: every configured secret value and every
 * {@link RuntimeSecrets runtime secret}, wherever it appears, and the shapes credentials take in headers and
 * URLs even when they are not ours.
 */
public final class Redactions implements Redaction {
    static final String MASK = "****";
    private static final int SHORTEST_MASKED = 6;
    private static final List<Pattern> SHAPES = List.of(
            // Authorization headers, bearer and basic
            Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}"),
            // passwords in URLs (scheme://user:password@host) and query strings
            Pattern.compile("(?<=://)[^/@\\s:]+:[^/@\\s]+(?=@)"),
            Pattern.compile("(?i)(?<=[?&](password|passwd|pwd|token|api_key|apikey|access_token)=)[^&\\s\"]+"),
            // Shopify Admin API tokens
            Pattern.compile("shp(at|ca|pa|ss)_[A-Za-z0-9]{8,}"));

    private final List<Pattern> patterns;

    private Redactions(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    public static Redactions of(Settings settings) {
        List<String> secrets = new ArrayList<>();
        settings.gorgias().apiKey().map(Secret::value).ifPresent(secrets::add);
        settings.gorgias().webhookTokens().stream().map(Secret::value).forEach(secrets::add);
        settings.gorgias().webhookSecrets().stream().map(Secret::value).forEach(secrets::add);
        settings.shopify().accessToken().map(Secret::value).ifPresent(secrets::add);
        settings.shopify().clientSecret().map(Secret::value).ifPresent(secrets::add);
        settings.jwtSecret().map(Secret::value).ifPresent(secrets::add);
        settings.ai().apiKey().map(Secret::value).ifPresent(secrets::add);
        settings.metricsToken().map(Secret::value).ifPresent(secrets::add);
        settings.sentryDsn().map(Secret::value).ifPresent(secrets::add);
        settings.database().map(db -> db.password().value()).ifPresent(secrets::add);
        // redis://:password@host has no user, which the URL shape below needs
        settings.redisUrl().map(java.net.URI::getRawUserInfo).map(info -> info.substring(info.indexOf(':') + 1))
                .ifPresent(secrets::add);
        List<Pattern> patterns = new ArrayList<>();
        secrets.stream()
                .filter(s -> s.length() >= SHORTEST_MASKED)
                .distinct()
                // the longest first, so a secret containing another is masked whole
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(s -> Pattern.compile(Pattern.quote(s)))
                .forEach(patterns::add);
        patterns.addAll(SHAPES);
        return new Redactions(List.copyOf(patterns));
    }

    /** The text with every secret, configured or learnt since ({@link RuntimeSecrets}), replaced by {@value #MASK}. */
    @Override
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = RuntimeSecrets.mask(text, MASK);
        for (Pattern pattern : patterns) {
            result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
        }
        return result;
    }

    /** The same rules as regular expressions, for maskers that take them. */
    List<String> regexes() {
        return patterns.stream().map(Pattern::pattern).toList();
    }
}

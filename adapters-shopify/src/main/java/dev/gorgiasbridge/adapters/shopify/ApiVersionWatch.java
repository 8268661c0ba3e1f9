package dev.gorgiasbridge.adapters.shopify;

import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads which API version Shopify answered with ({@code X-Shopify-API-Version}) and any deprecation it
 * reports ({@code X-Shopify-API-Deprecated-Reason}: the deprecated fields our queries use, since 2025-04).
 * A version other than the one asked for means Shopify no longer supports ours and fell forward. Each
 * distinct finding is logged once at WARN; the latest is kept for the readiness doctor.
 */
final class ApiVersionWatch {
    static final String VERSION_HEADER = "X-Shopify-API-Version";
    static final String DEPRECATION_HEADER = "X-Shopify-API-Deprecated-Reason";
    private static final Logger LOG = LoggerFactory.getLogger(ApiVersionWatch.class);

    private final String asked;
    private final Set<String> told = ConcurrentHashMap.newKeySet();
    private volatile Answer latest = new Answer(Optional.empty(), Optional.empty());

    ApiVersionWatch(String asked) {
        this.asked = asked;
    }

    /** What Shopify said about versions in its latest answer. */
    record Answer(Optional<String> answeredVersion, Optional<String> deprecation) {
    }

    void observe(HttpHeaders headers) {
        Optional<String> version = headers.firstValue(VERSION_HEADER).map(GraphqlExchange::printable).map(String::strip)
                .filter(v -> !v.isEmpty());
        Optional<String> deprecation = headers.firstValue(DEPRECATION_HEADER).map(GraphqlExchange::printable)
                .map(String::strip).filter(v -> !v.isEmpty());
        latest = new Answer(version, deprecation);
        version.filter(v -> !v.equals(asked)).filter(v -> told.add("version " + v)).ifPresent(v -> LOG.warn(
                "Shopify answered with API version {} instead of {}: {} is no longer supported; set SHOPIFY_API_VERSION"
                        + " to a supported version (see docs/shopify-setup.md)", v, asked, asked));
        deprecation.filter(d -> told.add("deprecation " + d)).ifPresent(d -> LOG.warn(
                "Shopify reports deprecated API use in our queries ({}): they will stop working in a later API version",
                d));
    }

    Answer latest() {
        return latest;
    }

    String asked() {
        return asked;
    }
}

package dev.gorgiasbridge.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /metrics} in the Prometheus text format. With {@code METRICS_TOKEN} set, scrapers must send
 * it as a bearer token (compared in constant time); without it the endpoint is open, for a scraper on a
 * private network.
 */
public final class MetricsEndpoint implements Handler {
    public static final String PATH = "/metrics";

    private final Supplier<String> scrape;
    private final Optional<byte[]> token;

    public MetricsEndpoint(Supplier<String> scrape, Optional<String> token) {
        this.scrape = scrape;
        this.token = token.map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void handle(Context ctx) {
        if (token.isPresent()) {
            String offered = ctx.header("Authorization");
            if (offered == null || !MessageDigest.isEqual(token.get(), offered.getBytes(StandardCharsets.UTF_8))) {
                ctx.header("WWW-Authenticate", "Bearer");
                Problems.send(ctx, 401, "Unauthorized", "metrics need the bearer token configured in METRICS_TOKEN");
                return;
            }
        }
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(scrape.get());
    }
}

package dev.gorgiasbridge.adapters.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CORS (docs/configuration.md): only the configured origins, exactly as written, may call from a browser, with
 * GET or POST and the {@code Authorization} and {@code Content-Type} headers. Other origins get no
 * {@code Access-Control-Allow-*} header at all, and their preflight is refused with 403. Requests
 * themselves are not refused by origin: browsers send {@code Origin} on same-origin POSTs too.
 */
public final class CorsPolicy {
    private static final String METHODS = "GET, POST";
    private static final String HEADERS = "Authorization, Content-Type";
    private static final Set<String> ALLOWED_METHODS = Set.of("GET", "POST");
    private static final Set<String> ALLOWED_HEADERS = Set.of("authorization", "content-type");

    private final Set<String> origins;

    public CorsPolicy(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    public static CorsPolicy none() {
        return new CorsPolicy(List.of());
    }

    /** Before every request: names an allowed origin in the answer. */
    void decorate(Context ctx) {
        String origin = ctx.header("Origin");
        ctx.header("Vary", "Origin");
        if (origin != null && origins.contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
        }
    }

    /** {@code OPTIONS}: answers a preflight, 204 for an allowed origin asking for what is allowed, else 403. */
    void preflight(Context ctx) {
        String origin = ctx.header("Origin");
        String method = ctx.header("Access-Control-Request-Method");
        if (origin == null || method == null) {
            Problems.send(ctx, 405, "Method Not Allowed", "OPTIONS is only answered as a CORS preflight");
            return;
        }
        if (!origins.contains(origin) || !ALLOWED_METHODS.contains(method.strip().toUpperCase(Locale.ROOT))
                || !headersAllowed(ctx.header("Access-Control-Request-Headers"))) {
            ctx.removeHeader("Access-Control-Allow-Origin");
            Problems.send(ctx, 403, "Forbidden", "this cross-origin request is not allowed");
            return;
        }
        ctx.header("Access-Control-Allow-Methods", METHODS);
        ctx.header("Access-Control-Allow-Headers", HEADERS);
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
    }

    private static boolean headersAllowed(String requested) {
        if (requested == null || requested.isBlank()) {
            return true;
        }
        for (String header : requested.split(",")) {
            if (!header.isBlank() && !ALLOWED_HEADERS.contains(header.strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}

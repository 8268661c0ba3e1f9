package dev.gorgiasbridge.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The files the service serves from its own jar: the staging dashboard ({@code GET /dashboard} and its
 * script and style sheet) and the OpenAPI description ({@code GET /openapi.json}). Each is a fixed route,
 * so nothing else on the classpath can be reached, and the page may run only its own script. {@code GET /}
 * leads to the dashboard.
 */
final class StaticAssets {
    static final String DASHBOARD = "/dashboard";
    static final String OPENAPI = "/openapi.json";
    private static final String ROOT = "/dev/gorgiasbridge/web/";
    // Same-origin script, style and API calls only: data from the API can never become markup or code.
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Map<String, Asset> ASSETS = Map.of(
            DASHBOARD, new Asset("dashboard.html", "text/html; charset=utf-8"),
            DASHBOARD + "/dashboard.js", new Asset("dashboard.js", "text/javascript; charset=utf-8"),
            DASHBOARD + "/dashboard.css", new Asset("dashboard.css", "text/css; charset=utf-8"),
            OPENAPI, new Asset("openapi.json", "application/json"));

    private StaticAssets() {
    }

    static void register(RoutesConfig routes) {
        ASSETS.forEach((path, asset) -> routes.get(path, asset.handler()));
        // Someone who opens http://localhost:8080/ wants the dashboard, not a 404.
        routes.get("/", ctx -> ctx.redirect(DASHBOARD, HttpStatus.FOUND));
    }

    /** One file under {@link #ROOT}, read once: the jar does not change while the service runs. */
    private record Asset(String file, String contentType) {
        Handler handler() {
            byte[] body = read(file);
            return ctx -> send(ctx, body, contentType);
        }

        private static void send(Context ctx, byte[] body, String contentType) {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType(contentType).result(body);
        }

        private static byte[] read(String file) {
            try (InputStream in = StaticAssets.class.getResourceAsStream(ROOT + file)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks " + ROOT + file);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

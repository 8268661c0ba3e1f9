package dev.gorgiasbridge.adapters.http;

import io.javalin.Javalin;
import jakarta.servlet.DispatcherType;
import io.javalin.http.HandlerType;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The service's HTTP server: every inbound route, with problem-document answers for every error. */
public final class HttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    private static final Set<HandlerType> ROUTE_METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    private final Javalin app;

    private HttpServer(Javalin app) {
        this.app = app;
    }

    /**
     * Everything the server serves.
     *
     * @param devNotes the development-only notes view, absent elsewhere
     * @param admin    the admin API under {@code /api}, absent where it is not wired
     * @param cors     which browser origins may call (docs/configuration.md)
     */
    public record Routes(GorgiasWebhookEndpoint webhook, HealthEndpoints health, Optional<DevNotesEndpoint> devNotes,
                         Optional<MetricsEndpoint> metrics, Optional<AdminApi> admin, CorsPolicy cors) {

        /** The ingress and health alone, with no cross-origin callers. */
        public Routes(GorgiasWebhookEndpoint webhook, HealthEndpoints health, Optional<DevNotesEndpoint> devNotes) {
            this(webhook, health, devNotes, Optional.empty(), Optional.empty(), CorsPolicy.none());
        }
    }

    /** Starts listening on {@code host:port}; port 0 picks a free port (see {@link #port()}). */
    public static HttpServer start(String host, int port, Routes routes) {
        var gate = new FirstRequestGate();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = routes.webhook().maxBodyBytes();
            config.jetty.host = host;
            config.jetty.port = port;
            config.jetty.modifyServletContextHandler(context -> context.addFilter(
                    new FilterHolder(gate), "/*", EnumSet.of(DispatcherType.REQUEST)));
            config.routes.before(ctx -> gate.servletReady());
            config.routes.before(RequestIds::assign);
            config.routes.before(routes.cors()::decorate);
            config.routes.options("/*", routes.cors()::preflight);
            config.routes.after(ctx -> RequestIds.clear());
            config.routes.get("/health/live", HealthEndpoints::live);
            config.routes.get("/health/ready", routes.health()::ready);
            config.routes.get("/health", routes.health()::full);
            config.routes.post(GorgiasWebhookEndpoint.PATH, routes.webhook());
            StaticAssets.register(config.routes);
            routes.devNotes().ifPresent(endpoint -> config.routes.get(DevNotesEndpoint.PATH, endpoint));
            routes.metrics().ifPresent(endpoint -> config.routes.get(MetricsEndpoint.PATH, endpoint));
            routes.admin().ifPresent(admin -> admin.register(config.routes));
            config.routes.error(404, "*", ctx -> Problems.sendUnlessAnswered(ctx, 404, "Not Found", "no such endpoint"));
            config.routes.error(405, "*", ctx -> Problems.sendUnlessAnswered(ctx, 405, "Method Not Allowed",
                    "method not allowed here"));
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
                Problems.send(ctx, 500, "Internal Server Error", "unexpected error; see the service log");
            });
        });
        app.start();
        return new HttpServer(app);
    }

    /**
     * Every route the server answers, as {@code "METHOD /path"} in Javalin's path syntax, sorted: what
     * {@code /openapi.json} must describe. Filters and the CORS preflight catch-all are not routes.
     */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> ROUTE_METHODS.contains(endpoint.method))
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}

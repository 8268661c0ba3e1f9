package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.operations.port.in.ListEvents;
import dev.gorgiasbridge.application.operations.port.in.ReplayEvents;
import dev.gorgiasbridge.application.operations.port.in.ShowEvent;
import dev.gorgiasbridge.application.readiness.port.in.AssessReadiness;
import dev.gorgiasbridge.application.retention.port.in.PurgeCustomer;
import dev.gorgiasbridge.application.stats.port.in.MeasureSuccess;
import io.javalin.config.RoutesConfig;
import java.util.Optional;

/**
 * The admin API under {@code /api}, every route behind a JWT bearer token (see {@link AdminTokens}):
 * events, replays, the success criteria, the readiness checklist and erasure of a customer's data.
 */
public final class AdminApi {
    private final AdminGuard guard;
    private final EventEndpoints events;
    private final StatsEndpoint stats;
    private final ReadinessEndpoint readiness;
    private final CustomerEndpoints customers;

    /**
     * @param tokens         the token verifier; empty when no JWT secret is configured, which refuses every request
     * @param readinessRules the environment whose rules the readiness checklist judges the configuration by
     * @param aiDrafting     whether an AI drafter is configured, which the stats report for the AI drafts criterion
     * @param purgeCustomer  erasure of one customer's data on request
     */
    public AdminApi(Optional<AdminTokens> tokens, ListEvents listEvents, ShowEvent showEvent, ReplayEvents replayEvents,
                    MeasureSuccess measureSuccess, AssessReadiness assessReadiness, String readinessRules,
                    boolean aiDrafting, PurgeCustomer purgeCustomer) {
        this.guard = new AdminGuard(tokens);
        this.events = new EventEndpoints(listEvents, showEvent, replayEvents);
        this.stats = new StatsEndpoint(measureSuccess, aiDrafting);
        this.readiness = new ReadinessEndpoint(assessReadiness, readinessRules);
        this.customers = new CustomerEndpoints(purgeCustomer);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/events", guard.guard(events::list));
        routes.post("/api/events/replay", guard.guard(events::replayDead));
        routes.get("/api/events/{id}", guard.guard(events::show));
        routes.post("/api/events/{id}/replay", guard.guard(events::replay));
        routes.get("/api/stats", guard.guard(stats::stats));
        routes.get("/api/readiness", guard.guard(readiness::readiness));
        routes.post("/api/customers/purge", guard.guard(customers::purge));
    }
}

package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.adapters.persistence.postgres.PostgresDatabase;
import dev.gorgiasbridge.adapters.persistence.redis.RedisStore;
import dev.gorgiasbridge.application.health.CacheProbe;
import dev.gorgiasbridge.application.health.CachedProbe;
import dev.gorgiasbridge.application.health.QueueProbe;
import dev.gorgiasbridge.application.health.ReachabilityProbe;
import dev.gorgiasbridge.application.health.port.out.HealthProbe;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.application.processing.port.out.OrderCache;
import dev.gorgiasbridge.application.processing.port.out.OrderHistory;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The health checks of what this instance was wired with (docs/runbook.md). Only the database is
 * required (it is what taking webhooks needs); every answer is kept a few seconds, so health checks
 * however frequent cost one query on the health connection per period.
 */
final class Probes {
    /** External APIs are asked at most this often, so health checks do not spend their rate limits. */
    static final Duration REMEMBER_REACHABILITY = Duration.ofSeconds(30);
    /** Every other answer is kept this long. */
    static final Duration REMEMBER_ANSWER = Duration.ofSeconds(2);
    static final Duration QUEUE_MAX_WAIT = Duration.ofMinutes(10);

    private Probes() {
    }

    static List<HealthProbe> all(PostgresDatabase database, Optional<RedisStore> redis, OrderCache cache,
                                 Optional<OrderHistory> shop, TicketNotes helpdesk, Clock clock) {
        List<HealthProbe> probes = new ArrayList<>();
        probes.add(database.probe());
        probes.add(new QueueProbe(database.queueAge(), QUEUE_MAX_WAIT));
        redis.ifPresent(r -> probes.add(r.probe()));
        probes.add(new CacheProbe(cache));
        probes.add(new ReachabilityProbe("gorgias", helpdesk::reachability, REMEMBER_REACHABILITY, clock));
        probes.add(new ReachabilityProbe("shopify",
                () -> shop.map(OrderHistory::reachability).orElseGet(() ->
                        new Reachability.Unreachable("Shopify is not configured")), REMEMBER_REACHABILITY, clock));
        return probes.stream().<HealthProbe>map(probe -> new CachedProbe(probe, REMEMBER_ANSWER, clock)).toList();
    }
}

package dev.gorgiasbridge.bootstrap.doctor;

import dev.gorgiasbridge.adapters.persistence.postgres.PostgresDatabase;
import dev.gorgiasbridge.adapters.persistence.redis.RedisStore;
import dev.gorgiasbridge.application.readiness.port.in.Finding;
import dev.gorgiasbridge.adapters.shopify.ShopifyOrderHistory;
import dev.gorgiasbridge.application.readiness.port.out.ReadinessCheck;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.application.readiness.ProbeCheck;
import dev.gorgiasbridge.application.readiness.ReachabilityCheck;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checklist items that ask the dependencies themselves: database and migrations, Redis, and
 * Gorgias and Shopify accepting our credentials in a live call (for Shopify also the access scopes and the
 * API version, see {@link ShopifyChecks}). Where the configuration is already
 * known to be wrong, the item fails with that instead of calling out with bad credentials.
 */
public final class LiveChecks {
    public static final String DATABASE = "database reachable and migrations current";
    public static final String REDIS = "Redis reachable";
    public static final String GORGIAS = "Gorgias credentials accepted";
    public static final String SHOPIFY = "Shopify credentials accepted";

    private LiveChecks() {
    }

    /** What the service or the doctor holds: each dependency, or why it is not there. */
    public record Dependencies(Available<PostgresDatabase> database, Available<RedisStore> redis, Available<TicketNotes> helpdesk,
                               Available<ShopifyOrderHistory> shop) {
    }

    /** A dependency, or the findings that explain why it is not checked live. */
    public sealed interface Available<T> {
        record Present<T>(T value) implements Available<T> {
        }

        record Absent<T>(List<Finding> why) implements Available<T> {
        }

        static <T> Available<T> of(Optional<T> value, Finding otherwise) {
            return value.<Available<T>>map(Present::new).orElseGet(() -> new Absent<>(List.of(otherwise)));
        }
    }

    public static List<ReadinessCheck> of(Dependencies deps) {
        return of(deps, Clock.systemUTC());
    }

    /** With the clock that dates Shopify's API version support window. */
    public static List<ReadinessCheck> of(Dependencies deps, Clock clock) {
        List<ReadinessCheck> checks = new ArrayList<>();
        checks.add(check(DATABASE, deps.database(), PostgresDatabase::migrationCheck));
        checks.add(check(REDIS, deps.redis(), redis -> new ProbeCheck(REDIS, redis.probe())));
        checks.add(check(GORGIAS, deps.helpdesk(), notes -> new ReachabilityCheck(GORGIAS, notes::reachability)));
        checks.add(check(SHOPIFY, deps.shop(), shop -> new ShopifyChecks(shop, clock)));
        return checks;
    }

    private static <T> ReadinessCheck check(String item, Available<T> dependency,
                                            java.util.function.Function<T, ReadinessCheck> live) {
        return switch (dependency) {
            case Available.Present<T> present -> live.apply(present.value());
            case Available.Absent<T> absent -> new SettingsChecklist.Check(item, absent::why);
        };
    }
}

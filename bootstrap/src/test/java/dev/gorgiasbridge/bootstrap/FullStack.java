package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.adapters.persistence.testing.TestRedis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Everything an end-to-end test runs against, fresh for each test: a PostgreSQL database of its own,
 * WireMock'd Gorgias and Shopify, the shared Redis, and as many service instances as the test starts.
 * Declare it as a {@code @RegisterExtension} field.
 */
final class FullStack implements BeforeEachCallback, AfterEachCallback {
    private final String purpose;
    private final List<RunningBridge> bridges = new ArrayList<>();
    TestPostgres postgres;
    FakeHelpdeskAndShop fake;

    FullStack(String purpose) {
        this.purpose = purpose;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        postgres = TestPostgres.create(purpose);
        fake = new FakeHelpdeskAndShop();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        bridges.forEach(RunningBridge::close);
        bridges.clear();
        fake.close();
        postgres.close();
    }

    /** A service instance on this stack with {@code workers} workers and the shared Redis. */
    RunningBridge bridge(int workers) {
        return bridge(workers, Map.of());
    }

    /** As above, with more settings (they win over the defaults). */
    RunningBridge bridge(int workers, Map<String, String> more) {
        var env = new HashMap<>(fake.environment());
        env.put("DATABASE_URL", postgres.databaseUrl());
        env.put("REDIS_URL", TestRedis.url().toString());
        env.put("WORKER_CONCURRENCY", Integer.toString(workers));
        env.putAll(more);
        var bridge = new RunningBridge(env);
        bridges.add(bridge);
        return bridge;
    }

    /** Every stored event's status, oldest first. */
    List<String> statuses() {
        return Rows.column(postgres, "SELECT status FROM webhook_events ORDER BY received_at");
    }
}

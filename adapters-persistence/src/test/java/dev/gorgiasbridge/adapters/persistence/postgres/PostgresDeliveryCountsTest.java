package dev.gorgiasbridge.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.MigratedPostgres;
import dev.gorgiasbridge.application.contract.DeliveryCountsContract;
import dev.gorgiasbridge.application.ingest.port.in.WebhookOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresDeliveryCountsTest extends DeliveryCountsContract {
    /** Long enough that only the tests' own write() calls write. */
    private static final Duration NEVER_BY_ITSELF = Duration.ofHours(1);

    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres("deliveries");

    private final List<PostgresDeliveryCounts> opened = new ArrayList<>();

    private PostgresDeliveryCounts open(Clock clock) {
        var counts = postgres.database().deliveryCounts(clock, NEVER_BY_ITSELF);
        opened.add(counts);
        return counts;
    }

    @AfterEach
    void close() {
        opened.forEach(PostgresDeliveryCounts::close);
    }

    @Override
    protected Counter freshCounter(Clock clock) {
        postgres.truncate("webhook_delivery_counts");
        var counts = open(clock);
        return new Counter(counts, counts);
    }

    private static long rows() {
        return postgres.database().jdbi().withHandle(h -> h.createQuery("SELECT coalesce(sum(count), 0) FROM webhook_delivery_counts")
                .mapTo(Long.class).one());
    }

    @Test
    void counts_reach_the_table_in_one_write_and_every_instance_reads_them_once() {
        postgres.truncate("webhook_delivery_counts");
        var first = open(clock);
        var second = open(clock);
        for (int i = 0; i < 1000; i++) {
            first.webhook(WebhookOutcome.UNAUTHORIZED_RATE_LIMITED, Duration.ZERO);
        }
        second.webhook(WebhookOutcome.ACCEPTED, Duration.ZERO);
        var window = new java.time.Instant[] {clock.instant().minus(Duration.ofHours(1)), clock.instant().plusSeconds(60)};

        assertThat(rows()).as("nothing written on the request path").isZero();
        assertThat(first.count(window[0], window[1])).isEqualTo(Map.of(WebhookOutcome.UNAUTHORIZED_RATE_LIMITED, 1000L));

        first.write();
        second.write();

        assertThat(rows()).isEqualTo(1001);
        assertThat(first.count(window[0], window[1])).as("written counts are not counted twice")
                .isEqualTo(Map.of(WebhookOutcome.UNAUTHORIZED_RATE_LIMITED, 1000L, WebhookOutcome.ACCEPTED, 1L));
        assertThat(second.count(window[0], window[1]))
                .isEqualTo(Map.of(WebhookOutcome.UNAUTHORIZED_RATE_LIMITED, 1000L, WebhookOutcome.ACCEPTED, 1L));
    }

    @Test
    void closing_writes_what_is_left_so_a_restart_loses_no_count() {
        postgres.truncate("webhook_delivery_counts");
        var counts = open(clock);
        counts.webhook(WebhookOutcome.UNAUTHORIZED, Duration.ZERO);
        counts.webhook(WebhookOutcome.TOO_LARGE, Duration.ZERO);

        counts.close();

        assertThat(rows()).isEqualTo(2);
        assertThat(open(clock).count(clock.instant().minusSeconds(60), clock.instant().plusSeconds(60)))
                .isEqualTo(Map.of(WebhookOutcome.UNAUTHORIZED, 1L, WebhookOutcome.TOO_LARGE, 1L));
    }
}

package dev.gorgiasbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.reliability.SustainedLoad.Sent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The service's JVM is killed with SIGKILL five times while webhooks keep arriving. Whatever was answered
 * 202 must be stored, and every stored event processed exactly once: one committed outcome, one note.
 * Shopify answers slowly, and each kill waits for an event to be in the worker's hands, so every kill is
 * shown (by the leases the dead process left behind) to have interrupted processing, not only ingest.
 */
class KillNineUnderLoadTest {
    private static final int KILLS = 5;
    /** One delivery in this many is a customer message on a ticket of its own, which gets a note. */
    private static final int NOTE_EVERY = 40;
    /** Long enough that an event claimed a moment ago is still leased when the kill lands a moment later. */
    private static final Duration ORDER_LOOKUP_LATENCY = Duration.ofSeconds(1);
    /**
     * Customer messages (the events that look orders up) claimed within the last 150 ms, by lease: one seen
     * later in its life could finish between the look and the kill (the claim sets updated_at; renewals
     * come every 20 s, far later than this event takes).
     */
    private static final String FRESHLY_LEASED_CUSTOMER_MESSAGES = "SELECT lease_owner::text FROM webhook_events "
            + "WHERE status = 'processing' AND ticket_id BETWEEN 50000000 AND 59999999 "
            + "AND updated_at > clock_timestamp() - interval '150 milliseconds'";

    @Test
    void every_accepted_event_is_stored_and_processed_exactly_once_across_five_kills() {
        try (var postgres = TestPostgres.create("killnine"); var fake = new FakeGorgiasAndShopify(ORDER_LOOKUP_LATENCY)) {
            var db = Database.of(postgres);
            var env = new HashMap<>(fake.environment());
            env.put("DATABASE_URL", postgres.databaseUrl());
            env.put("WORKER_CONCURRENCY", "4");
            // The default limit (100/s) is not what this test is about; a 429 would be a lost delivery here.
            env.put("WEBHOOK_RATE_PER_SECOND", "2000");
            env.put("WEBHOOK_RATE_BURST", "2000");
            try (var bridge = BridgeProcess.start("kill-nine", env)) {
                var load = new SustainedLoad(4, Duration.ofMillis(40), 20_000, Duration.ofSeconds(150),
                        n -> Http.deliver(bridge.webhook(), body(n)));
                List<Long> acceptedBeforeKill = new ArrayList<>();
                List<List<String>> interruptedByKill = new ArrayList<>();
                // Leases outlive their process until they expire: those of processes already killed do not count.
                Set<String> leftByTheDead = new HashSet<>();
                for (int kill = 0; kill < KILLS; kill++) {
                    Pause.of(Duration.ofSeconds(3));
                    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                            .until(() -> db.column(FRESHLY_LEASED_CUSTOMER_MESSAGES).stream().anyMatch(lease -> !leftByTheDead.contains(lease)));
                    bridge.kill9();
                    // Leases still held now and not left by an earlier process: work this one had claimed and not finished.
                    List<String> held = db.column("SELECT lease_owner::text FROM webhook_events WHERE lease_owner IS NOT NULL");
                    interruptedByKill.add(held.stream().filter(lease -> !leftByTheDead.contains(lease)).toList());
                    leftByTheDead.addAll(held);
                    acceptedBeforeKill.add(accepted(load.soFar()));
                    bridge.startAgain();
                }
                Pause.of(Duration.ofSeconds(3));
                List<Sent> sent = load.stop();

                await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> db.unfinished() == 0);

                // Load went on through every life of the process, not only before the first kill.
                assertThat(acceptedBeforeKill).isSorted().doesNotHaveDuplicates();
                assertThat(accepted(sent)).isGreaterThan(acceptedBeforeKill.getLast());
                System.out.println("kill -9: leases each kill interrupted: " + interruptedByKill.stream().map(List::size).toList());
                assertThat(interruptedByKill).as("leases of events in the worker's hands at each kill")
                        .allSatisfy(leases -> assertThat(leases).isNotEmpty());
                assertAcceptedAreStoredOnce(db, sent);
                assertProcessedExactlyOnce(db, fake);
            }
        }
    }

    private static byte[] body(long n) {
        return n % NOTE_EVERY == 0
                // Each from its own customer: a cached lookup would finish in milliseconds, and a kill aimed at an
                // event in the middle of its (slow) Shopify lookup would find it already done.
                ? Deliveries.customerMessageFromItsOwnCustomer(50_000_000L + n, 60_000_000L + n)
                : Deliveries.agentReply(70_000_000L + n % 500, 80_000_000L + n);
    }

    private static long accepted(List<Sent> sent) {
        return sent.stream().filter(s -> s.status() == 202).count();
    }

    private static void assertAcceptedAreStoredOnce(Database db, List<Sent> sent) {
        // A request is answered 202 or not at all (the process died under it); never an error.
        assertThat(sent).extracting(Sent::status).containsOnly(202, -1);
        List<String> acceptedIds = sent.stream().filter(s -> s.status() == 202).map(s -> s.eventId().orElseThrow()).toList();
        long unanswered = sent.stream().filter(s -> s.status() == -1).count();
        List<String> stored = db.column("SELECT id FROM webhook_events");
        assertThat(acceptedIds).doesNotHaveDuplicates();
        assertThat(stored).containsAll(acceptedIds);
        // Stored but unanswered is allowed (committed, then killed before the answer left); nothing else.
        assertThat((long) stored.size()).isBetween((long) acceptedIds.size(), acceptedIds.size() + unanswered);
    }

    private static void assertProcessedExactlyOnce(Database db, FakeGorgiasAndShopify fake) {
        long stored = db.count("SELECT count(*) FROM webhook_events");
        assertThat(db.count("SELECT count(*) FROM webhook_events WHERE status NOT IN ('done', 'skipped')")).isZero();
        assertThat(db.count("SELECT count(*) FROM webhook_events WHERE lease_owner IS NOT NULL")).isZero();
        // Outcomes are committed with the event's completion: exactly one completed attempt per event.
        assertThat(db.count("SELECT count(DISTINCT event_id) FROM event_outcomes WHERE stage = 'read'")).isEqualTo(stored);
        assertThat(db.count("SELECT count(*) FROM (SELECT event_id FROM event_outcomes WHERE stage = 'read' "
                + "GROUP BY event_id HAVING count(*) > 1) twice")).isZero();

        List<String> withNotes = db.column("SELECT 'gorgias-bridge:evt-' || id FROM webhook_events WHERE status = 'done'");
        assertThat(withNotes).hasSize((int) db.count(
                "SELECT count(*) FROM webhook_events WHERE ticket_id BETWEEN 50000000 AND 59999999"));
        assertThat(fake.notesPosted()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(withNotes);
        assertThat(db.count("SELECT count(*) FROM ticket_notes")).isEqualTo(withNotes.size());
        assertThat(db.count("SELECT count(*) FROM ticket_notes WHERE gorgias_message_id IS NULL")).isZero();
    }
}

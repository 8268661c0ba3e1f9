package dev.gorgiasbridge.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** From webhook to internal note through the real server, PostgreSQL, Redis and WireMock'd Gorgias and Shopify. */
class EnrichmentEndToEndTest {
    private static final String SAMPLE = new String(RunningBridge.contract("gorgias/ticket-message-created.json"), StandardCharsets.UTF_8);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    final FullStack stack = new FullStack("enrich");

    private RunningBridge bridge(int workers) {
        return stack.bridge(workers);
    }

    /** The sample with its triggering message replaced: another id, and written by an agent or not. */
    private static byte[] message(long id, boolean fromAgent) {
        int at = SAMPLE.lastIndexOf("\"message\": {");
        String message = SAMPLE.substring(at).replaceFirst("\"id\": 310000002", "\"id\": " + id);
        if (fromAgent) {
            message = message.replaceFirst("\"from_agent\": false", "\"from_agent\": true");
        }
        return (SAMPLE.substring(0, at) + message).getBytes(StandardCharsets.UTF_8);
    }

    private List<String> statuses() {
        return stack.statuses();
    }

    @Test
    void the_split_shipment_sample_gets_exactly_one_note_with_both_packages_and_the_pending_item() {
        var bridge = bridge(2);

        assertThat(bridge.post(SAMPLE.getBytes(StandardCharsets.UTF_8), RunningBridge.TOKEN).statusCode()).isEqualTo(202);

        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("done")));
        assertThat(stack.fake.notesPosted()).singleElement().satisfies(request -> {
            assertThat(request.getHeader("Authorization")).startsWith("Basic ");
            String body = request.getBodyAsString();
            assertThat(body).contains("\"channel\":\"internal-note\"", "\"via\":\"api\"", "\"from_agent\":true",
                    "\"public\":false", "\"email\":\"bridge-bot@lindas.example\"", "\"external_id\":\"gorgias-bridge:evt-");
            assertThat(body).contains("1Z999AA10123456784", "https://www.ups.com/track?tracknum=1Z999AA10123456784")
                    .contains("9400111899223197428490", "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490")
                    .contains("Walking Foot Attachment");
        });
        assertThat(Rows.count(stack.postgres, "SELECT count(*) FROM ticket_notes WHERE gorgias_message_id = 310000003")).isEqualTo(1);
        assertThat(Rows.count(stack.postgres, "SELECT count(*) FROM tickets WHERE id = 91234567 AND customer_id IS NOT NULL")).isEqualTo(1);
        assertThat(Rows.column(stack.postgres, "SELECT stage || ':' || result FROM event_outcomes ORDER BY id"))
                .containsExactly("read:succeeded", "triage:succeeded", "customer:succeeded", "orders:succeeded",
                        "draft:succeeded", "note:succeeded");
    }

    @Test
    void a_french_ticket_about_one_shipment_in_two_boxes_gets_one_package_with_both_numbers_and_a_french_reply() {
        // A customer of their own: the order cache in the shared Redis must not answer with another test's orders.
        // The customer's first message names the order this shop holds for them (the sample's #1042 is not theirs here).
        String french = SAMPLE.replace("\"language\": \"en\"", "\"language\": \"fr\"")
                .replace("7460267524351", "7460267529901").replace("#1042", "#1061");
        stack.fake.shopHoldsFor(7460267529901L, "maria.keller@example.com", "shopify/orders-multi-tracking.json");
        var bridge = bridge(1);

        assertThat(bridge.post(french.getBytes(StandardCharsets.UTF_8), RunningBridge.TOKEN).statusCode()).isEqualTo(202);

        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("done")));
        assertThat(stack.fake.notesPosted()).singleElement().satisfies(request -> {
            String body = request.getBodyAsString();
            assertThat(body).contains("Order #1061 · placed 2026-01-10 · the order the customer asks about · split shipment:"
                            + " 2 packages · in transit")
                    .contains("Package 1 of 2: DHL Express · 2 tracking numbers · in transit")
                    .contains("Tracking JD014600006281230001: https://www.dhl.com/en/express/tracking.html?AWB=JD014600006281230001")
                    .contains("Package 2 of 2: USPS, UPS · 2 tracking numbers · delivered")
                    .contains("Bonjour Maria,", "Elle vous parvient en plusieurs fois",
                            "Les numéros de suivi sont JD014600006281230001 et JD014600006281230002")
                    .doesNotContain("Package 3", "Not shipped yet", "Hi Maria");
        });
    }

    @Test
    void the_echo_of_our_own_note_and_an_agent_message_produce_no_note() {
        var bridge = bridge(1);

        bridge.post(RunningBridge.contract("gorgias/internal-note-echo.json"), RunningBridge.TOKEN);
        bridge.post(message(310000020, true), RunningBridge.TOKEN);

        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("skipped", "skipped")));
        assertThat(stack.fake.notesPosted()).isEmpty();
        assertThat(Rows.column(stack.postgres, "SELECT summary FROM webhook_events ORDER BY received_at"))
                .containsExactly("message is our own note", "message is from an agent");
    }

    @Test
    void fifty_concurrent_duplicate_deliveries_make_one_note() throws Exception {
        var bridge = bridge(4);
        int deliveries = 50;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        var go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < deliveries; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return bridge.post(SAMPLE.getBytes(StandardCharsets.UTF_8), RunningBridge.TOKEN);
                }));
            }
            go.countDown();
            for (var answer : answers) {
                assertThat(answer.get().statusCode()).isIn(200, 202);
            }
        } finally {
            pool.shutdownNow();
        }

        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("done")));
        assertThat(stack.fake.notesPosted()).hasSize(1);
    }

    @Test
    void the_ticket_updated_again_with_no_new_facts_gets_no_second_note() {
        var bridge = bridge(1);
        bridge.post(SAMPLE.getBytes(StandardCharsets.UTF_8), RunningBridge.TOKEN);
        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("done")));

        bridge.post(message(310000030, false), RunningBridge.TOKEN);

        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("done", "skipped")));
        assertThat(stack.fake.notesPosted()).hasSize(1);
        assertThat(Rows.column(stack.postgres, "SELECT summary FROM webhook_events WHERE status = 'skipped'"))
                .containsExactly("nothing new since the last note");
    }

    @Test
    void gorgias_throttling_puts_the_next_attempt_no_sooner_than_retry_after() {
        stack.fake.notesAnswer(aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withHeader("Content-Type", "application/json").withBody("{\"error\": {\"msg\": \"Too many requests\"}}"));
        var bridge = bridge(1);

        bridge.post(SAMPLE.getBytes(StandardCharsets.UTF_8), RunningBridge.TOKEN);

        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("retry")));
        assertThat(Rows.count(stack.postgres, "SELECT count(*) FROM webhook_events "
                + "WHERE next_attempt_at >= updated_at + interval '7 seconds'")).isEqualTo(1);
        assertThat(Rows.column(stack.postgres, "SELECT last_error FROM webhook_events").getFirst()).contains("note:", "429");
    }

    @Test
    void a_failing_helpdesk_makes_the_event_dead_and_a_replay_after_recovery_posts_one_note() {
        stack.fake.notesAnswer(aResponse().withStatus(500).withBody("boom"));
        bridge(0).post(SAMPLE.getBytes(StandardCharsets.UTF_8), RunningBridge.TOKEN);
        // Twenty-four attempts have already failed: the next one is the last the schedule allows.
        Rows.execute(stack.postgres, "UPDATE webhook_events SET attempts = 24");
        bridge(1);
        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("dead")));
        assertThat(stack.fake.notesPosted()).hasSize(1);

        stack.fake.notesAnswer(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(RunningBridge.contract("gorgias/create-message-response.json")));
        String id = Rows.column(stack.postgres, "SELECT id FROM webhook_events").getFirst();
        var replay = new java.io.ByteArrayOutputStream();
        int status = Main.run(new String[] {"replay", id}, replayEnvironment(), java.nio.file.Path.of("target"),
                new java.io.PrintStream(replay, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).isZero();
        assertThat(replay.toString(StandardCharsets.UTF_8)).contains("replayed");
        await().atMost(PATIENCE).until(() -> statuses().equals(List.of("done")));
        assertThat(stack.fake.notesPosted()).hasSize(2);
        assertThat(Rows.count(stack.postgres, "SELECT count(*) FROM ticket_notes WHERE gorgias_message_id IS NOT NULL")).isEqualTo(1);
    }

    private Map<String, String> replayEnvironment() {
        return Map.of("DATABASE_URL", stack.postgres.databaseUrl());
    }
}

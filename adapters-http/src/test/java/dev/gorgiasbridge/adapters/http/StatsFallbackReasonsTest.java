package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.out.WorkQueue.Ending;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /api/stats}: why the template stood in for the AI, through the real server over the in-memory inbox. */
class StatsFallbackReasonsTest {
    private final AdminServer server = new AdminServer(Optional.of(AdminServer.tokens()));
    private int sequence;

    @AfterEach
    void stop() {
        server.close();
    }

    private void drafted(String detail, boolean degraded) {
        sequence++;
        server.inbox.store(new InboxEvent(new DedupKey("stats-endpoint:" + sequence), "ticket-message-created",
                new TicketId(9000 + sequence), "{}", Instant.now()));
        ClaimedEvent claimed = server.inbox.claim(1, Duration.ofMinutes(5)).getFirst();
        server.inbox.finish(claimed.lease(), Ending.DONE, "done", List.of(
                degraded ? StageOutcome.degraded(Stage.DRAFT, detail) : StageOutcome.succeeded(Stage.DRAFT, detail),
                StageOutcome.succeeded(Stage.NOTE, "posted as message " + sequence)));
    }

    @Test
    void the_ai_share_lists_why_the_template_stood_in_over_the_window_most_frequent_first() {
        drafted("drafted by the AI drafter", false);
        drafted("drafted by the template drafter (AI fallback: date not in the facts)", true);
        drafted("drafted by the template drafter (AI fallback: status not supported by the facts)", true);
        drafted("drafted by the template drafter (AI fallback: status not supported by the facts)", true);

        var response = server.get("/api/stats?window=1h", AdminServer.tokens().mint("ops", Duration.ofHours(1)));

        assertThat(response.statusCode()).isEqualTo(200);
        // Fallbacks are labelled as what they are, with their reasons; nothing here "failed".
        assertThat(response.body()).contains("\"ai_drafts\":{\"ai\":1,\"template\":3,\"rate\":0.25,\"configured\":false,"
                + "\"fallback_to_template\":3,\"fallback_reasons\":{\"status not supported by the facts\":2,"
                + "\"date not in the facts\":1}}");
    }
}

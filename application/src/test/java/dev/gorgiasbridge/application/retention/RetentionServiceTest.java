package dev.gorgiasbridge.application.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.memory.InMemoryCustomerDirectory;
import dev.gorgiasbridge.application.memory.InMemoryEventInbox;
import dev.gorgiasbridge.application.memory.InMemoryNoteLedger;
import dev.gorgiasbridge.application.memory.InMemoryPersonalData;
import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.application.processing.port.out.WorkQueue.Ending;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final InMemoryEventInbox inbox = new InMemoryEventInbox(clock);
    private final InMemoryPersonalData personalData = new InMemoryPersonalData(inbox, new InMemoryCustomerDirectory(),
            new InMemoryNoteLedger(clock));
    private final RetentionService retention = new RetentionService(personalData, Duration.ofDays(30), clock);

    private void finishedNow(long ticket) {
        inbox.store(new InboxEvent(new DedupKey("message:" + ticket + ":1"), "ticket-message-created", new TicketId(ticket),
                "{\"ticket\":{\"id\":" + ticket + "}}", clock.instant()));
        var claimed = inbox.claim(1, Duration.ofMinutes(1)).getFirst();
        inbox.finish(claimed.lease(), Ending.DONE, "note posted", List.of());
    }

    @Test
    void a_payload_is_kept_for_the_whole_retention_period_after_its_event_finished_then_deleted() {
        finishedNow(4021);
        clock.advance(Duration.ofDays(10));
        finishedNow(4022);

        clock.advance(Duration.ofDays(20));
        assertThat(retention.applyRetention()).as("exactly 30 days: kept").isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(retention.applyRetention()).isEqualTo(1);

        clock.advance(Duration.ofDays(10));
        assertThat(retention.applyRetention()).isEqualTo(1);
        assertThat(retention.applyRetention()).isZero();
    }

    @Test
    void a_retention_period_must_be_positive() {
        assertThatThrownBy(() -> new RetentionService(personalData, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

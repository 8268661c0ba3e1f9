package dev.gorgiasbridge.application.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.application.memory.InMemoryOrderHistory;
import dev.gorgiasbridge.application.memory.InMemoryTicketNotes;
import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.application.processing.port.out.AttemptEnding;
import dev.gorgiasbridge.application.processing.port.out.CacheLookup;
import dev.gorgiasbridge.application.processing.port.out.CallOutcome;
import dev.gorgiasbridge.application.processing.port.out.ExternalCall;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketCustomer;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ObservedOrderHistoryTest {
    private static final CustomerKey MARIA = CustomerKey.shopify(7460267524351L);

    private final List<String> refusedCounts = new CopyOnWriteArrayList<>();
    private final ProcessingMetrics metrics = new ProcessingMetrics() {
        @Override
        public void stage(StageOutcome outcome) {
        }

        @Override
        public void attemptEnded(AttemptEnding ending) {
        }

        @Override
        public void cacheLookup(CacheLookup result) {
        }

        @Override
        public void externalCall(ExternalCall call, CallOutcome outcome, Duration latency) {
        }

        @Override
        public void refused(String service, String reason) {
            refusedCounts.add(service + ":" + reason);
        }
    };
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));
    private final Refusals refusals = new Refusals(metrics, clock);
    private final InMemoryOrderHistory shop = new InMemoryOrderHistory();
    private final ObservedOrderHistory observed = new ObservedOrderHistory(shop, metrics, refusals);

    @Test
    void a_refused_lookup_is_counted_by_reason_and_degrades_a_reachable_shop_until_a_lookup_succeeds() {
        shop.failWith(Optional.of(new ExternalServiceException.Unauthorized("shopify", new LookupRefusal.PermissionDenied(
                "grant read_customers", Optional.of("read_customers")))));

        assertThatThrownBy(() -> observed.recentOrders(MARIA, 3)).isInstanceOf(ExternalServiceException.Unauthorized.class);
        shop.failWith(Optional.empty());

        assertThat(refusedCounts).containsExactly("shopify:missing_scope");
        assertThat(observed.reachability()).isInstanceOfSatisfying(Reachability.Refused.class, refused ->
                assertThat(refused.reason()).contains("grant read_customers", "2026-12-02T09:00:00Z"));

        observed.recentOrders(MARIA, 3);

        assertThat(observed.reachability()).isInstanceOf(Reachability.Reachable.class);
        assertThat(refusals.latest("shopify")).isEmpty();
    }

    @Test
    void an_unavailable_shop_is_no_refusal() {
        shop.failWith(Optional.of(new ExternalServiceException.RetryLater("shopify", "HTTP 503", Optional.empty(), null)));

        assertThatThrownBy(() -> observed.recentOrders(MARIA, 3)).isInstanceOf(ExternalServiceException.RetryLater.class);

        assertThat(refusedCounts).isEmpty();
        assertThat(refusals.latest("shopify")).isEmpty();
    }

    @Test
    void gorgias_refusing_a_note_degrades_its_health_with_what_to_check() {
        var gorgias = new InMemoryTicketNotes();
        var notes = new ObservedTicketNotes(gorgias, metrics, refusals);
        gorgias.add(new Ticket(new TicketId(91234567), Optional.of("Where is my order?"), "open", false, Optional.of("en"),
                new TicketCustomer(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                        Optional.empty()), List.of()));
        gorgias.failPosts(Optional.of(new ExternalServiceException.Unauthorized("gorgias", "HTTP 403: forbidden")), false);

        assertThatThrownBy(() -> notes.post(new TicketId(91234567), new InternalNote("gorgias-bridge:evt-1", "text", "<p>text</p>")))
                .isInstanceOf(ExternalServiceException.Unauthorized.class);

        assertThat(refusedCounts).containsExactly("gorgias:credentials_refused");
        assertThat(notes.reachability()).isInstanceOfSatisfying(Reachability.Refused.class, refused ->
                assertThat(refused.reason()).contains("HTTP 403", "Gorgias API user"));
    }
}

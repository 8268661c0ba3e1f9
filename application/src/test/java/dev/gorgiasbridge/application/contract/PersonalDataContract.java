package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.processing.port.out.CustomerDirectory;
import dev.gorgiasbridge.application.processing.port.out.EventInbox;
import dev.gorgiasbridge.application.processing.port.out.WorkQueue.Ending;
import dev.gorgiasbridge.application.operations.port.in.Replay;
import dev.gorgiasbridge.application.ingest.port.out.InboxEvent;
import dev.gorgiasbridge.application.processing.port.out.NoteLedger;
import dev.gorgiasbridge.application.retention.port.out.PersonalData;
import dev.gorgiasbridge.application.retention.port.in.Erasure;
import dev.gorgiasbridge.domain.customer.CustomerIdentity;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.customer.GorgiasIntegration;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketCustomer;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.webhook.DedupKey;
import dev.gorgiasbridge.domain.webhook.EventId;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PersonalData} must do, seen through the ports that read the same data; run against
 * the in-memory fakes and PostgreSQL. Events finish now (the store's clock), so a cutoff a day ahead
 * covers them and a cutoff a day back none.
 */
public abstract class PersonalDataContract {
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Instant RECEIVED = Instant.parse("2026-11-30T12:00:00Z");
    private static final CustomerKey.Email MARIA = CustomerKey.email("Maria.Keller@Example.com");
    private static final CustomerKey.Email JAN = CustomerKey.email("jan.novak@mailbox.cz");

    /** The stores, empty, sharing one state as the ports of one database do. */
    public record Stores(EventInbox inbox, CustomerDirectory customers, NoteLedger notes, PersonalData personalData) {
    }

    protected abstract Stores freshStores();

    /** The event as stored, read through the implementation itself: no port reads one back. */
    protected abstract Optional<EventRecord> record(EventId id);

    private Stores stores;

    @BeforeEach
    void setUp() {
        stores = freshStores();
    }

    private static Instant aDayAhead() {
        return Instant.now().plus(Duration.ofDays(1));
    }

    private static Instant aDayBack() {
        return Instant.now().minus(Duration.ofDays(1));
    }

    /** An event on {@code ticket} whose payload quotes {@code text}, finished as {@code ending} (or left waiting). */
    private EventId event(long ticket, String key, String text, Optional<Ending> ending) {
        String payload = "{\"ticket\":{\"id\":" + ticket + "},\"message\":{\"body_text\":\"" + text + "\"}}";
        EventId id = stores.inbox().store(new InboxEvent(new DedupKey(key), "ticket-message-created", new TicketId(ticket),
                payload, RECEIVED.plusSeconds(ticket % 1000))).eventId();
        ending.ifPresent(end -> {
            var claimed = stores.inbox().claim(10, LEASE).stream().filter(c -> c.lease().eventId().equals(id)).findFirst()
                    .orElseThrow();
            stores.inbox().finish(claimed.lease(), end, end.name().toLowerCase(java.util.Locale.ROOT), List.of());
        });
        return id;
    }

    private void customerOn(long ticket, String gorgiasId, String email) {
        customerOn(ticket, gorgiasId, email, List.of());
    }

    /** The ticket's customer as Gorgias names them, linked to a Shopify customer. */
    private void shopifyCustomerOn(long ticket, String gorgiasId, String email, String shopifyId) {
        customerOn(ticket, gorgiasId, email, List.of(GorgiasIntegration.of("shopify", shopifyId)));
    }

    private void customerOn(long ticket, String gorgiasId, String email, List<GorgiasIntegration> integrations) {
        var customer = new TicketCustomer(Optional.of(gorgiasId), Optional.of(email), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty());
        stores.customers().record(new Ticket(new TicketId(ticket), Optional.of("Où est mon colis ?"), "open", false,
                Optional.of("fr"), customer, List.of()), CustomerIdentity.read(gorgiasId, email, integrations));
    }

    private void noteOn(long ticket, EventId event, String externalId) {
        stores.notes().reserve(new TicketId(ticket), event,
                new InternalNote(externalId, "Order #1042: two packages", "<p>Order #1042: two packages</p>"), "hash-" + externalId);
    }

    private EventStatus status(EventId id) {
        return record(id).orElseThrow().status();
    }

    @Test
    void payloads_of_events_finished_before_the_cutoff_are_deleted_and_the_events_stay() {
        EventId done = event(4021, "message:4021:1", "Where is my order?", Optional.of(Ending.DONE));
        EventId skipped = event(4022, "message:4022:1", "Merci !", Optional.of(Ending.SKIPPED));
        EventId dead = event(4023, "message:4023:1", "Wo ist mein Paket?", Optional.of(Ending.DEAD));
        EventId waiting = event(4024, "message:4024:1", "Any news?", Optional.empty());

        assertThat(stores.personalData().purgeFinishedPayloads(aDayBack())).isZero();
        assertThat(stores.personalData().purgeFinishedPayloads(aDayAhead())).isEqualTo(3);
        assertThat(stores.personalData().purgeFinishedPayloads(aDayAhead())).as("nothing twice").isZero();

        assertThat(List.of(status(done), status(skipped), status(dead)))
                .containsExactly(EventStatus.DONE, EventStatus.SKIPPED, EventStatus.DEAD);
        assertThat(stores.inbox().claim(10, LEASE)).singleElement()
                .satisfies(claimed -> assertThat(claimed.lease().eventId()).isEqualTo(waiting));
    }

    @Test
    void a_dead_event_keeps_its_payload_until_the_retention_period_is_over_and_can_be_replayed_meanwhile() {
        EventId dead = event(4021, "message:4021:1", "Where is my order?", Optional.of(Ending.DEAD));

        assertThat(stores.personalData().purgeFinishedPayloads(aDayBack())).isZero();

        assertThat(stores.inbox().replay(dead)).isEqualTo(Replay.REPLAYED);
    }

    @Test
    void an_event_whose_payload_was_purged_is_refused_for_replay_with_the_reason() {
        EventId dead = event(4021, "message:4021:1", "Where is my order?", Optional.of(Ending.DEAD));
        EventId alsoDead = event(4022, "message:4022:1", "Hello?", Optional.of(Ending.DEAD));
        stores.personalData().purgeFinishedPayloads(aDayAhead());

        assertThat(stores.inbox().replay(dead)).isEqualTo(Replay.PAYLOAD_PURGED);
        assertThat(stores.inbox().replayDead(RECEIVED.minusSeconds(3600), RECEIVED.plusSeconds(3600))).isZero();
        assertThat(List.of(status(dead), status(alsoDead))).containsOnly(EventStatus.DEAD);
        assertThat(stores.inbox().claim(10, LEASE)).isEmpty();
    }

    @Test
    void erasing_a_customer_removes_them_their_tickets_notes_and_messages_and_counts_what_went() {
        customerOn(4021, "412000387", "Maria.Keller@Example.com");
        customerOn(4022, "412000387", "maria.keller@example.com");
        customerOn(5001, "412000999", "jonas.berg@example.org");
        EventId first = event(4021, "message:4021:1", "Wo ist mein Paket?", Optional.of(Ending.DONE));
        EventId waiting = event(4022, "message:4022:1", "Noch nichts angekommen", Optional.empty());
        EventId forwarded = event(6001, "message:6001:1", "Bitte an MARIA.KELLER@EXAMPLE.COM schreiben.", Optional.of(Ending.DONE));
        EventId jonas = event(5001, "message:5001:1", "Cc: anna.maria.keller@example.com.au", Optional.of(Ending.DONE));
        noteOn(4021, first, "gorgias-bridge:4021");
        noteOn(4022, waiting, "gorgias-bridge:4022");
        noteOn(5001, jonas, "gorgias-bridge:5001");

        Erasure erased = stores.personalData().erase(MARIA);

        assertThat(erased).isEqualTo(new Erasure(1, 2, 2, 3));
        assertThat(stores.notes().byExternalId("gorgias-bridge:4021")).isEmpty();
        assertThat(stores.notes().byExternalId("gorgias-bridge:4022")).isEmpty();
        assertThat(stores.notes().byExternalId("gorgias-bridge:5001")).as("another customer's note").isPresent();
        assertThat(status(waiting)).as("nothing left to process").isEqualTo(EventStatus.SKIPPED);
        assertThat(List.of(stores.inbox().replay(first), stores.inbox().replay(forwarded)))
                .containsOnly(Replay.PAYLOAD_PURGED);
        assertThat(stores.inbox().replay(jonas)).as("another customer's event").isEqualTo(Replay.REPLAYED);
        assertThat(stores.personalData().erase(MARIA).nothingFound()).as("erased once and for all").isTrue();
    }

    @Test
    void an_address_written_with_json_escapes_is_found_in_any_case() {
        EventId escaped = event(7001, "message:7001:1", "Please write to JAN.NOVAK\\u0040MAILBOX\\u002eCZ", Optional.of(Ending.DONE));
        EventId onALine = event(7002, "message:7002:1", "Kontakt:\\njan.novak\\u0040mailbox.cz", Optional.of(Ending.DONE));
        EventId other = event(7003, "message:7003:1", "Cc: jan.novak\\u0040mailbox.cz.example", Optional.of(Ending.DONE));

        assertThat(stores.personalData().erase(JAN)).isEqualTo(new Erasure(0, 0, 0, 2));
        assertThat(List.of(stores.inbox().replay(escaped), stores.inbox().replay(onALine))).containsOnly(Replay.PAYLOAD_PURGED);
        assertThat(stores.inbox().replay(other)).as("another address").isEqualTo(Replay.REPLAYED);
    }

    @Test
    void another_customers_ticket_that_only_mentions_the_address_keeps_its_ticket_and_note_and_loses_that_payload() {
        customerOn(9601, "412000601", "jan.novak@mailbox.cz");
        customerOn(9602, "412000602", "other.person@acme.io");
        EventId jans = event(9601, "message:9601:1", "Kde je moje objednávka?", Optional.of(Ending.DONE));
        EventId mention = event(9602, "message:9602:1", "My colleague jan.novak@mailbox.cz ordered it", Optional.of(Ending.DONE));
        EventId later = event(9602, "message:9602:2", "Any news?", Optional.of(Ending.DONE));
        noteOn(9601, jans, "gorgias-bridge:9601");
        noteOn(9602, mention, "gorgias-bridge:9602");

        assertThat(stores.personalData().erase(JAN)).isEqualTo(new Erasure(1, 1, 1, 2));

        assertThat(stores.notes().byExternalId("gorgias-bridge:9601")).isEmpty();
        assertThat(stores.notes().byExternalId("gorgias-bridge:9602")).as("the other customer's note").isPresent();
        assertThat(stores.inbox().replay(mention)).as("the message naming jan").isEqualTo(Replay.PAYLOAD_PURGED);
        assertThat(stores.inbox().replay(later)).as("the other customer's next message").isEqualTo(Replay.REPLAYED);
        assertThat(stores.personalData().erase(CustomerKey.email("other.person@acme.io")))
                .as("the other customer's ticket is still theirs").isEqualTo(new Erasure(1, 1, 1, 1));
    }

    @Test
    void a_customer_is_found_by_an_address_they_had_before_their_email_changed() {
        shopifyCustomerOn(9701, "412000701", "jan.novak@mailbox.cz", "7300000001");
        shopifyCustomerOn(9702, "412000701", "jan.novak@firma.cz", "7300000001");
        EventId first = event(9701, "message:9701:1", "Kde je moje objednávka?", Optional.of(Ending.DONE));
        EventId second = event(9702, "message:9702:1", "Nová adresa", Optional.of(Ending.DONE));
        noteOn(9701, first, "gorgias-bridge:9701");
        noteOn(9702, second, "gorgias-bridge:9702");

        assertThat(stores.personalData().erase(JAN)).isEqualTo(new Erasure(1, 2, 2, 2));

        assertThat(stores.notes().byExternalId("gorgias-bridge:9701")).isEmpty();
        assertThat(stores.notes().byExternalId("gorgias-bridge:9702")).isEmpty();
        assertThat(stores.personalData().erase(CustomerKey.email("jan.novak@firma.cz")).nothingFound())
                .as("no one left under the newer address").isTrue();
    }

    @Test
    void an_address_nobody_has_removes_nothing() {
        customerOn(5001, "412000999", "jonas.berg@example.org");
        event(5001, "message:5001:1", "Hallo", Optional.of(Ending.DONE));

        assertThat(stores.personalData().erase(CustomerKey.email("nobody@example.net"))).isEqualTo(new Erasure(0, 0, 0, 0));
    }
}

package dev.gorgiasbridge.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DedupKeyTest {
    private static final Instant UPDATED = Instant.parse("2024-05-02T10:15:00Z");

    @Test
    void message_trigger_is_keyed_by_ticket_and_message() {
        var key = DedupKey.of(Deliveries.message(4021, 99001, "{\"a\":1}"));

        assertThat(key.value()).isEqualTo("message:4021:99001");
    }

    @Test
    void message_key_ignores_the_rest_of_the_body() {
        var first = DedupKey.of(Deliveries.message(4021, 99001, "{\"a\":1}"));
        var again = DedupKey.of(Deliveries.message(4021, 99001, "{\"a\":1, \"rendered_at\":\"later\"}"));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void ticket_trigger_is_keyed_by_ticket_and_update_time() {
        var key = DedupKey.of(Deliveries.ticket(GorgiasTrigger.TICKET_UPDATED, 4021, UPDATED, "{}"));

        assertThat(key.value()).isEqualTo("ticket:4021:2024-05-02T10:15:00Z");
    }

    @Test
    void ticket_trigger_ignores_a_message_in_the_body() {
        var delivery = new WebhookDelivery(java.util.Optional.of(GorgiasTrigger.TICKET_CREATED),
                new dev.gorgiasbridge.domain.ticket.TicketId(4021),
                java.util.Optional.of(new dev.gorgiasbridge.domain.ticket.MessageId(7)),
                java.util.Optional.of(UPDATED), Deliveries.utf8("{}"));

        assertThat(DedupKey.of(delivery).value()).isEqualTo("ticket:4021:2024-05-02T10:15:00Z");
    }

    @Test
    void unnamed_trigger_with_a_message_is_a_message_event() {
        var key = DedupKey.of(Deliveries.unnamed(4021, 99001L, UPDATED, "{}"));

        assertThat(key.value()).isEqualTo("message:4021:99001");
    }

    @Test
    void without_message_or_update_time_the_body_hash_is_the_key() {
        var key = DedupKey.of(Deliveries.unnamed(4021, null, null, "abc"));

        // SHA-256("abc"), FIPS 180-2 test vector
        assertThat(key.value()).isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void a_blank_key_is_refused() {
        assertThatThrownBy(() -> new DedupKey(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void the_same_delivery_always_yields_the_same_key(@ForAll @LongRange(min = 1) long ticket,
                                                       @ForAll @LongRange(min = 1) long message) {
        assertThat(DedupKey.of(Deliveries.message(ticket, message, "{}")))
                .isEqualTo(DedupKey.of(Deliveries.message(ticket, message, "{}")));
    }

    @Property
    void different_messages_never_share_a_key(@ForAll @LongRange(min = 1) long ticket,
                                              @ForAll @LongRange(min = 1) long first,
                                              @ForAll @LongRange(min = 1) long second) {
        var a = DedupKey.of(Deliveries.message(ticket, first, "{}"));
        var b = DedupKey.of(Deliveries.message(ticket, second, "{}"));

        assertThat(a.equals(b)).isEqualTo(first == second);
    }

    @Property
    void different_bodies_never_share_a_hash_key(@ForAll String first, @ForAll String second) {
        var a = DedupKey.of(Deliveries.unnamed(1, null, null, first));
        var b = DedupKey.of(Deliveries.unnamed(1, null, null, second));

        assertThat(a.equals(b)).isEqualTo(first.equals(second));
    }
}

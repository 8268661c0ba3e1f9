package dev.gorgiasbridge.application.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.contract.OrderCacheContract;
import dev.gorgiasbridge.application.memory.InMemoryCustomerDirectory;
import dev.gorgiasbridge.application.memory.InMemoryEventPayloads;
import dev.gorgiasbridge.application.memory.InMemoryNoteLedger;
import dev.gorgiasbridge.application.memory.InMemoryOrderCache;
import dev.gorgiasbridge.application.memory.InMemoryOrderHistory;
import dev.gorgiasbridge.application.memory.InMemoryTicketNotes;
import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.in.Lease;
import dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.customer.GorgiasIntegration;
import dev.gorgiasbridge.domain.enrichment.EnrichmentOutcome;
import dev.gorgiasbridge.domain.ticket.MessageId;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketCustomer;
import dev.gorgiasbridge.domain.ticket.TicketEvent;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.ticket.TicketMessage;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Through the use case: the note and reply are written in the shop's time zone at the time of processing, a
 * past estimate reads as late, and the order the customer names (not the newest) is the one answered.
 */
class ShopCalendarAndNamedOrderTest {
    private static final TicketId TICKET = new TicketId(91234567);

    private final InMemoryEventPayloads payloads = new InMemoryEventPayloads();
    private final InMemoryTicketNotes gorgias = new InMemoryTicketNotes();
    // Newest first: #1077 (February) before #1042 (January).
    private final InMemoryOrderHistory shop = new InMemoryOrderHistory().add(CustomerKey.shopify(7460267524351L),
            OrderCacheContract.variedOrder(), OrderCacheContract.splitShipment());
    private final MutableClock clock = new MutableClock(Instant.parse("2026-02-10T23:30:00Z"));

    private EnrichTicketService service(ZoneId zone) {
        return new EnrichTicketService(payloads, new InMemoryCustomerDirectory(), Optional.of(shop), new InMemoryOrderCache(),
                new TemplateReplyDrafter(), gorgias, new InMemoryNoteLedger(),
                new NoteSignature("Gorgias Bridge", "test", Optional.of("Linda's Sewing")), ProcessingMetrics.none(),
                ShopTimeZone.fixed(zone), clock);
    }

    private String noteFor(EnrichTicketService service, String language, String text) {
        var message = new TicketMessage(new MessageId(310000002), "email", false, Optional.empty(), Optional.of(text),
                Optional.of(Instant.parse("2026-02-10T23:20:00Z")));
        var ticket = new Ticket(TICKET, Optional.of("Question"), "open", false, Optional.of(language),
                new TicketCustomer(Optional.of("412000387"), Optional.of("maria.keller@example.com"), Optional.of("Maria Keller"),
                        List.of(GorgiasIntegration.of("shopify", "7460267524351")), Optional.of(3), Optional.of("412.80")),
                List.of(message));
        var event = new TicketEvent(ticket, Optional.of(message));
        gorgias.add(ticket);
        var outcome = service.process(new ClaimedEvent(new Lease(new EventId(UUID.randomUUID()), UUID.randomUUID()), TICKET,
                "ticket-message-created", payloads.payloadFor(event), 1, clock.instant()));
        assertThat(outcome).isInstanceOf(EnrichmentOutcome.Posted.class);
        return gorgias.postedOn(TICKET).getLast().bodyText().orElseThrow();
    }

    @Test
    void the_named_order_is_answered_in_the_shops_zone_and_its_past_estimate_reads_as_late() {
        String note = noteFor(service(ZoneId.of("Pacific/Auckland")), "fr", "Bonjour, où en est ma commande n° 1042 ?");

        assertThat(note.indexOf("Order #1042 ·")).isLessThan(note.indexOf("Order #1077 ·"));
        // 14:03 UTC on Jan 2 is Jan 3 in Auckland; the USPS box was due Jan 8 and it is Feb 11 there.
        assertThat(note).contains("Order #1042 · placed 2026-01-03 · the order the customer asks about")
                .contains("USPS 9400111899223197428490 · in transit · shipped 2026-01-04 · expected 2026-01-08, now late")
                .contains("Merci pour votre message concernant votre commande #1042")
                .contains("a pris du retard")
                .doesNotContain("La livraison est prévue");
    }

    @Test
    void an_order_number_that_is_not_the_customers_is_pointed_out_and_not_answered_with_another() {
        String note = noteFor(service(ZoneId.of("UTC")), "en", "Where is order #2999?");

        assertThat(note).contains("The customer names order #2999, which is not among the orders found")
                .contains("Thanks for reaching out about order #2999. I couldn't find it among the orders linked to your"
                        + " contact details.")
                .doesNotContain("your order #1077").doesNotContain("your order #1042");
    }
}

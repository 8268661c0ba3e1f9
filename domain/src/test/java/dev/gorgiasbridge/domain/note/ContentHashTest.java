package dev.gorgiasbridge.domain.note;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.reply.DraftSource;
import dev.gorgiasbridge.domain.reply.Facts;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentHashTest {
    private static final Optional<Instant> JANUARY_9 = Optional.of(Instant.parse("2026-01-09T00:00:00Z"));

    @Test
    void equal_facts_give_the_same_sha256_hex_every_time() {
        String hash = Notes.withOrders(Facts.splitShipment()).contentHash();

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(Notes.withOrders(Facts.splitShipment()).contentHash());
    }

    @Test
    void a_package_changing_status_changes_the_hash() {
        var inTransit = Notes.withOrders(Facts.onePackage("#2001", FulfillmentDisplayStatus.IN_TRANSIT, "1Z1", null, JANUARY_9));
        var outForDelivery = Notes.withOrders(
                Facts.onePackage("#2001", FulfillmentDisplayStatus.OUT_FOR_DELIVERY, "1Z1", null, JANUARY_9));

        assertThat(inTransit.contentHash()).isNotEqualTo(outForDelivery.contentHash());
    }

    @Test
    void a_new_estimate_a_new_tracking_number_or_another_lookup_changes_the_hash() {
        var before = Notes.withOrders(Facts.onePackage("#2001", FulfillmentDisplayStatus.IN_TRANSIT, "1Z1", null, JANUARY_9));

        assertThat(before.contentHash())
                .isNotEqualTo(Notes.withOrders(Facts.onePackage("#2001", FulfillmentDisplayStatus.IN_TRANSIT, "1Z1", null,
                        Optional.empty())).contentHash())
                .isNotEqualTo(Notes.withOrders(Facts.onePackage("#2001", FulfillmentDisplayStatus.IN_TRANSIT, "1Z2", null,
                        JANUARY_9)).contentHash())
                .isNotEqualTo(Notes.withoutOrders(LookupStatus.SHOPIFY_UNAVAILABLE).contentHash());
    }

    @Test
    void the_draft_and_the_service_version_do_not_change_the_hash() {
        var facts = Notes.withOrders(Facts.splitShipment());
        var otherDraft = Notes.withDraft(facts, new ReplyDraft("Something else entirely", DraftSource.AI));
        var otherVersion = new NoteFacts(facts.ticket(), facts.customerName(), facts.customerEmail(), facts.lookup(),
                facts.orders(), facts.draft(), facts.serviceName(), "9.9.9");

        assertThat(otherDraft.contentHash()).isEqualTo(facts.contentHash());
        assertThat(otherVersion.contentHash()).isEqualTo(facts.contentHash());
    }

    @Test
    void another_ticket_has_another_hash() {
        var facts = Notes.withOrders(Facts.splitShipment());
        var otherTicket = new NoteFacts(new TicketId(1), facts.customerName(), facts.customerEmail(), facts.lookup(),
                facts.orders(), facts.draft(), facts.serviceName(), facts.serviceVersion());

        assertThat(otherTicket.contentHash()).isNotEqualTo(facts.contentHash());
    }
}

package dev.gorgiasbridge.application.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.contract.OrderCacheContract;
import dev.gorgiasbridge.application.memory.InMemoryCustomerDirectory;
import dev.gorgiasbridge.application.memory.InMemoryEventPayloads;
import dev.gorgiasbridge.application.memory.InMemoryNoteLedger;
import dev.gorgiasbridge.application.memory.InMemoryOrderCache;
import dev.gorgiasbridge.application.memory.InMemoryOrderHistory;
import dev.gorgiasbridge.application.memory.InMemoryTicketNotes;
import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.in.Lease;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.OrderHistory;
import dev.gorgiasbridge.application.processing.port.out.ReplyDrafter;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.customer.GorgiasIntegration;
import dev.gorgiasbridge.domain.enrichment.EnrichmentOutcome;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.reply.DraftSource;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.reply.TemplateReply;
import dev.gorgiasbridge.domain.ticket.MessageId;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketCustomer;
import dev.gorgiasbridge.domain.ticket.TicketEvent;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.ticket.TicketMessage;
import dev.gorgiasbridge.domain.webhook.EventId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class EnrichTicketServiceTest {
    private static final TicketId TICKET = new TicketId(91234567);
    private static final CustomerKey SHOPIFY_CUSTOMER = CustomerKey.shopify(7460267524351L);
    private static final TicketMessage QUESTION = message(310000002, "email", false, null,
            "Also, can you tell me the tracking number for the box that is still coming?");

    private final InMemoryEventPayloads payloads = new InMemoryEventPayloads();
    private final InMemoryCustomerDirectory customers = new InMemoryCustomerDirectory();
    private final InMemoryOrderHistory shop = new InMemoryOrderHistory().add(SHOPIFY_CUSTOMER, OrderCacheContract.splitShipment());
    private final InMemoryOrderCache cache = new InMemoryOrderCache();
    private final InMemoryTicketNotes gorgias = new InMemoryTicketNotes();
    private final InMemoryNoteLedger ledger = new InMemoryNoteLedger();

    private EnrichTicketService service(Optional<OrderHistory> orders) {
        return service(orders, new TemplateReplyDrafter());
    }

    private EnrichTicketService service(Optional<OrderHistory> orders, ReplyDrafter drafter) {
        return new EnrichTicketService(payloads, customers, orders, cache, drafter, gorgias, ledger,
                new NoteSignature("Gorgias Bridge", "test", Optional.of("Linda's Sewing")));
    }

    private final EnrichTicketService service = service(Optional.of(shop));

    private static TicketMessage message(long id, String channel, boolean fromAgent, String externalId, String text) {
        return new TicketMessage(new MessageId(id), channel, fromAgent, Optional.ofNullable(externalId),
                Optional.of(text), Optional.of(Instant.parse("2026-01-06T16:40:02Z")));
    }

    private static Ticket ticket(TicketMessage... messages) {
        return new Ticket(TICKET, Optional.of("Where is the rest of my order?"), "open", false, Optional.of("en"),
                new TicketCustomer(Optional.of("412000387"), Optional.of("Maria.Keller@Example.com"), Optional.of("Maria Keller"),
                        List.of(GorgiasIntegration.of("shopify", "7460267524351")), Optional.of(3), Optional.of("412.80")),
                List.of(messages));
    }

    private ClaimedEvent claimed(TicketEvent event, int attempt, EventId id) {
        gorgias.add(event.ticket());
        return new ClaimedEvent(new Lease(id, UUID.randomUUID()), TICKET, "ticket-message-created",
                payloads.payloadFor(event), attempt, Instant.parse("2026-01-06T16:40:03Z"));
    }

    private ClaimedEvent customerAsks() {
        return claimed(new TicketEvent(ticket(QUESTION), Optional.of(QUESTION)), 1, new EventId(UUID.randomUUID()));
    }

    @Test
    void a_split_shipment_question_gets_one_note_with_both_packages_and_the_pending_item() {
        var outcome = service.process(customerAsks());

        assertThat(outcome).isInstanceOf(EnrichmentOutcome.Posted.class);
        assertThat(gorgias.postedOn(TICKET)).singleElement().satisfies(note -> {
            assertThat(note.externalId()).hasValueSatisfying(id -> assertThat(id).startsWith("gorgias-bridge:evt-"));
            assertThat(note.bodyText()).hasValueSatisfying(text -> assertThat(text)
                    .contains("1Z999AA10123456784", "https://www.ups.com/track?tracknum=1Z999AA10123456784")
                    .contains("9400111899223197428490")
                    .contains("Walking Foot Attachment"));
        });
        assertThat(outcome.stages()).extracting(StageOutcome::stage)
                .containsExactly(Stage.READ, Stage.TRIAGE, Stage.CUSTOMER, Stage.ORDERS, Stage.DRAFT, Stage.NOTE);
        assertThat(outcome.stages()).extracting(StageOutcome::result).containsOnly(StageOutcome.Result.SUCCEEDED);
        assertThat(customers.customerOf(TICKET)).contains(SHOPIFY_CUSTOMER);
        assertThat(ledger.all()).singleElement().satisfies(n -> assertThat(n.messageId()).isPresent());
    }

    @Test
    void our_own_note_coming_back_is_skipped_and_posts_nothing() {
        var echo = message(310000003, "internal-note", true, "gorgias-bridge:evt-000000000001", "note");

        var outcome = service.process(claimed(new TicketEvent(ticket(QUESTION, echo), Optional.of(echo)), 1,
                new EventId(UUID.randomUUID())));

        assertThat(outcome).isEqualTo(new EnrichmentOutcome.Skipped("message is our own note", outcome.stages()));
        assertThat(gorgias.postedOn(TICKET)).isEmpty();
    }

    @Test
    void an_agent_message_is_skipped() {
        var reply = message(310000004, "email", true, null, "Hi Maria, it's on its way.");

        var outcome = service.process(claimed(new TicketEvent(ticket(QUESTION, reply), Optional.of(reply)), 1,
                new EventId(UUID.randomUUID())));

        assertThat(outcome).isInstanceOfSatisfying(EnrichmentOutcome.Skipped.class,
                skipped -> assertThat(skipped.reason()).isEqualTo("message is from an agent"));
        assertThat(gorgias.postedOn(TICKET)).isEmpty();
    }

    @Test
    void the_same_facts_again_make_no_second_note() {
        service.process(customerAsks());
        var again = service.process(claimed(new TicketEvent(ticket(QUESTION), Optional.empty()), 1, new EventId(UUID.randomUUID())));

        assertThat(again).isInstanceOfSatisfying(EnrichmentOutcome.Skipped.class,
                skipped -> assertThat(skipped.reason()).isEqualTo("nothing new since the last note"));
        assertThat(gorgias.postedOn(TICKET)).hasSize(1);
    }

    @Test
    void orders_come_from_the_cache_the_second_time() {
        service.process(customerAsks());
        shop.failWith(Optional.of(new ExternalServiceException.RetryLater("shopify", "down", Optional.empty(), null)));

        var second = service(Optional.of(shop)).process(claimed(new TicketEvent(ticket(QUESTION), Optional.of(QUESTION)), 1,
                new EventId(UUID.randomUUID())));

        assertThat(second.stages()).filteredOn(s -> s.stage() == Stage.ORDERS).singleElement()
                .satisfies(s -> assertThat(s.detail()).contains("from cache"));
    }

    @Test
    void without_shopify_the_note_says_so() {
        var outcome = service(Optional.empty()).process(customerAsks());

        assertThat(outcome).isInstanceOf(EnrichmentOutcome.Posted.class);
        assertThat(outcome.stages()).filteredOn(s -> s.stage() == Stage.ORDERS).singleElement()
                .satisfies(s -> assertThat(s.result()).isEqualTo(StageOutcome.Result.SKIPPED));
        assertThat(gorgias.postedOn(TICKET)).singleElement().satisfies(note ->
                assertThat(note.bodyText()).hasValueSatisfying(text -> assertThat(text).containsIgnoringCase("not configured")));
    }

    @Test
    void shopify_unavailable_for_now_fails_the_attempt_for_a_retry_and_posts_nothing() {
        shop.failWith(Optional.of(new ExternalServiceException.RetryLater("shopify", "throttled",
                Optional.of(Duration.ofSeconds(3)), null)));

        var outcome = service.process(customerAsks());

        assertThat(outcome).isInstanceOfSatisfying(EnrichmentOutcome.Failed.class, failed -> {
            assertThat(failed.stage()).isEqualTo(Stage.ORDERS);
            assertThat(failed.next()).isEqualTo(new EnrichmentOutcome.RetryLater(Optional.of(Duration.ofSeconds(3))));
        });
        assertThat(gorgias.postedOn(TICKET)).isEmpty();
    }

    @Test
    void shopify_refusing_for_good_still_gives_the_agent_a_note() {
        shop.failWith(Optional.of(new ExternalServiceException.Unauthorized("shopify", "401 Unauthorized")));

        var outcome = service.process(customerAsks());

        assertThat(outcome).isInstanceOf(EnrichmentOutcome.Posted.class);
        assertThat(outcome.stages()).filteredOn(s -> s.stage() == Stage.ORDERS).singleElement()
                .satisfies(s -> assertThat(s.result()).isEqualTo(StageOutcome.Result.DEGRADED));
    }

    @Test
    void an_answer_shopify_gave_that_cannot_be_used_is_not_called_unreachable_in_the_note() {
        // What the Shopify client raises for HTTP 400 or an order missing a field the query asked for.
        shop.failWith(Optional.of(new ExternalServiceException.Permanent("shopify",
                "an order in the answer is malformed: missing createdAt", null)));

        var outcome = service.process(customerAsks());

        assertThat(outcome).isInstanceOf(EnrichmentOutcome.Posted.class);
        assertThat(gorgias.postedOn(TICKET)).singleElement().satisfies(note -> assertThat(note.bodyText().orElseThrow())
                .contains("Shopify answered, but its answer could not be used")
                .doesNotContain("could not be reached"));
    }

    @Test
    void a_refused_lookup_posts_a_note_saying_shopify_refused_it_and_that_the_operator_was_told() {
        shop.failWith(Optional.of(new ExternalServiceException.Unauthorized("shopify", new LookupRefusal.PermissionDenied(
                "Access denied for orders field; grant the access scope read_orders.", Optional.of("read_orders")))));

        var outcome = service.process(customerAsks());

        assertThat(outcome).isInstanceOf(EnrichmentOutcome.Posted.class);
        assertThat(outcome.stages()).filteredOn(s -> s.stage() == Stage.ORDERS).singleElement().satisfies(s -> {
            assertThat(s.result()).isEqualTo(StageOutcome.Result.DEGRADED);
            assertThat(s.detail()).contains("Shopify refused the lookup (permissions)", "read_orders");
        });
        assertThat(gorgias.postedOn(TICKET)).singleElement().satisfies(note -> assertThat(note.bodyText().orElseThrow())
                .contains("Shopify refused the lookup (permissions): Access denied for orders field; grant the access"
                        + " scope read_orders. No orders were looked up; the operator has been told.")
                .doesNotContain("could not be reached"));
    }

    @Test
    void the_reply_is_signed_with_the_store_name_asked_of_the_shop_once() {
        var asked = new java.util.concurrent.atomic.AtomicInteger();
        var store = StoreName.remembered(() -> {
            asked.incrementAndGet();
            return "Linda's Sewing Studio";
        }, Duration.ofHours(24), Duration.ofMinutes(5), java.time.Clock.systemUTC());
        var signed = new EnrichTicketService(payloads, customers, Optional.of(shop), cache, new TemplateReplyDrafter(),
                gorgias, ledger, new NoteSignature("Gorgias Bridge", "test", store));

        signed.process(customerAsks());

        assertThat(gorgias.postedOn(TICKET)).singleElement()
                .satisfies(note -> assertThat(note.bodyText().orElseThrow()).contains("Best regards,\nThe Linda's Sewing Studio team"));
        assertThat(asked).hasValue(1);
    }

    @Test
    void gorgias_throttling_fails_the_note_stage_with_its_retry_after() {
        gorgias.failPosts(Optional.of(new ExternalServiceException.RetryLater("gorgias", "429 Too Many Requests",
                Optional.of(Duration.ofSeconds(7)), null)), false);

        var outcome = service.process(customerAsks());

        assertThat(outcome).isInstanceOfSatisfying(EnrichmentOutcome.Failed.class, failed -> {
            assertThat(failed.stage()).isEqualTo(Stage.NOTE);
            assertThat(failed.next()).isEqualTo(new EnrichmentOutcome.RetryLater(Optional.of(Duration.ofSeconds(7))));
        });
        assertThat(ledger.all()).singleElement().satisfies(n -> assertThat(n.messageId()).isEmpty());
    }

    @Test
    void a_post_whose_answer_was_lost_is_found_on_the_retry_not_posted_twice() {
        EventId event = new EventId(UUID.randomUUID());
        TicketEvent asks = new TicketEvent(ticket(QUESTION), Optional.of(QUESTION));
        gorgias.failPosts(Optional.of(new ExternalServiceException.RetryLater("gorgias", "timed out", Optional.empty(), null)), true);
        var first = service.process(claimed(asks, 1, event));
        gorgias.failPosts(Optional.empty(), false);

        var second = service.process(claimed(asks, 2, event));

        assertThat(first).isInstanceOf(EnrichmentOutcome.Failed.class);
        assertThat(second).isInstanceOfSatisfying(EnrichmentOutcome.Posted.class, posted ->
                assertThat(posted.stages().getLast().detail()).contains("found on the ticket"));
        assertThat(gorgias.postedOn(TICKET)).hasSize(1);
    }

    @Test
    void gorgias_refusing_for_good_fails_without_retry() {
        gorgias.failPosts(Optional.of(new ExternalServiceException.Permanent("gorgias", "400 Bad Request", null)), false);

        var outcome = service.process(customerAsks());

        assertThat(outcome).isInstanceOfSatisfying(EnrichmentOutcome.Failed.class,
                failed -> assertThat(failed.next()).isEqualTo(new EnrichmentOutcome.GiveUp()));
    }

    @Test
    void an_unreadable_payload_fails_for_good() {
        var outcome = service.process(new ClaimedEvent(new Lease(new EventId(UUID.randomUUID()), UUID.randomUUID()), TICKET,
                "ticket-message-created", "{not json", 1, Instant.parse("2026-01-06T16:40:03Z")));

        assertThat(outcome).isInstanceOfSatisfying(EnrichmentOutcome.Failed.class, failed -> {
            assertThat(failed.stage()).isEqualTo(Stage.READ);
            assertThat(failed.next()).isEqualTo(new EnrichmentOutcome.GiveUp());
        });
    }

    @Test
    void our_own_store_failing_fails_the_stage_it_was_in_and_is_retried_on_the_schedule() {
        var customersDown = new EnrichTicketService(payloads, (ticket, identity) -> {
            throw new IllegalStateException("connection refused\nat the pool");
        }, Optional.of(shop), cache, new TemplateReplyDrafter(), gorgias, ledger,
                new NoteSignature("Gorgias Bridge", "test", Optional.of("Linda's Sewing")));
        ReplyDrafter failingDrafter = facts -> {
            throw new IllegalStateException("draft outcomes table is locked");
        };

        var atCustomer = customersDown.process(customerAsks());
        var atDraft = service(Optional.of(shop), failingDrafter).process(customerAsks());

        assertThat(atCustomer).isInstanceOfSatisfying(EnrichmentOutcome.Failed.class, failed -> {
            assertThat(failed.stage()).isEqualTo(Stage.CUSTOMER);
            assertThat(failed.error()).isEqualTo("IllegalStateException: connection refused");
            assertThat(failed.next()).isEqualTo(EnrichmentOutcome.RetryLater.onSchedule());
        });
        assertThat(atCustomer.stages()).extracting(StageOutcome::stage, StageOutcome::result).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Stage.READ, StageOutcome.Result.SUCCEEDED),
                org.assertj.core.groups.Tuple.tuple(Stage.TRIAGE, StageOutcome.Result.SUCCEEDED),
                org.assertj.core.groups.Tuple.tuple(Stage.CUSTOMER, StageOutcome.Result.FAILED));
        assertThat(atDraft).isInstanceOfSatisfying(EnrichmentOutcome.Failed.class,
                failed -> assertThat(failed.stage()).isEqualTo(Stage.DRAFT));
        assertThat(atDraft.stages()).extracting(StageOutcome::stage).containsExactly(
                Stage.READ, Stage.TRIAGE, Stage.CUSTOMER, Stage.ORDERS, Stage.DRAFT);
        assertThat(gorgias.postedOn(TICKET)).isEmpty();
    }

    @Test
    void a_failing_cache_does_not_stop_the_note() {
        cache.failing(true);

        assertThat(service.process(customerAsks())).isInstanceOf(EnrichmentOutcome.Posted.class);
    }

    @Test
    void the_drafter_gets_the_ticket_subject_and_the_customers_history_with_the_shop() {
        var seen = new AtomicReference<ReplyFacts>();
        service(Optional.of(shop), facts -> {
            seen.set(facts);
            return TemplateReply.draft(facts);
        }).process(customerAsks());

        assertThat(seen.get().ticketSubject()).contains("Where is the rest of my order?");
        assertThat(seen.get().ordersCount()).contains(3);
        assertThat(seen.get().totalSpent()).contains("412.80");
        assertThat(seen.get().customerMessage()).hasValueSatisfying(text -> assertThat(text).contains("tracking number"));
    }

    @Test
    void an_ai_draft_is_recorded_as_drafted_by_the_ai() {
        var outcome = service(Optional.of(shop), facts -> new ReplyDraft("Hi Maria, order #1042 is on its way.",
                DraftSource.AI)).process(customerAsks());

        assertThat(outcome.stages()).filteredOn(s -> s.stage() == Stage.DRAFT).singleElement()
                .isEqualTo(StageOutcome.succeeded(Stage.DRAFT, "drafted by the AI drafter"));
        assertThat(gorgias.postedOn(TICKET)).singleElement().satisfies(note -> assertThat(note.bodyText())
                .hasValueSatisfying(text -> assertThat(text).contains("(AI)", "Hi Maria, order #1042 is on its way.")));
    }

    @Test
    void a_template_draft_standing_in_for_the_ai_degrades_the_draft_stage_and_says_why() {
        ReplyDrafter fellBack = facts -> TemplateReply.draft(facts).insteadOfAnother("tracking number not in the facts");

        var outcome = service(Optional.of(shop), fellBack).process(customerAsks());

        assertThat(outcome).isInstanceOf(EnrichmentOutcome.Posted.class);
        assertThat(outcome.stages()).filteredOn(s -> s.stage() == Stage.DRAFT).singleElement()
                .isEqualTo(StageOutcome.degraded(Stage.DRAFT,
                        "drafted by the template drafter (AI fallback: tracking number not in the facts)"));
        assertThat(gorgias.postedOn(TICKET)).singleElement().satisfies(note ->
                assertThat(note.bodyText()).hasValueSatisfying(text -> assertThat(text).contains("(template; the AI draft was not used: tracking number not in the facts)")));
    }
}

package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.processing.AttemptStages.Step;
import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.in.ProcessEvent;
import dev.gorgiasbridge.application.processing.port.out.CustomerDirectory;
import dev.gorgiasbridge.application.processing.port.out.EventPayloads;
import dev.gorgiasbridge.application.processing.port.out.NoteLedger;
import dev.gorgiasbridge.application.processing.port.out.OrderCache;
import dev.gorgiasbridge.application.processing.port.out.OrderHistory;
import dev.gorgiasbridge.application.processing.port.out.ProcessingMetrics;
import dev.gorgiasbridge.application.processing.port.out.ReplyDrafter;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.domain.customer.CustomerIdentity;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.enrichment.EnrichmentOutcome;
import dev.gorgiasbridge.domain.enrichment.Stage;
import dev.gorgiasbridge.domain.enrichment.StageOutcome;
import dev.gorgiasbridge.domain.enrichment.Triage;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.note.NoteBody;
import dev.gorgiasbridge.domain.note.NoteFacts;
import dev.gorgiasbridge.domain.note.ShipmentNote;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.reply.OrderMention;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketCustomer;
import dev.gorgiasbridge.domain.ticket.TicketEvent;
import dev.gorgiasbridge.domain.ticket.TicketMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one stored event into an internal note on its ticket (docs/architecture.md): read it, decide whether it
 * deserves a note, record customer and ticket, look up orders and analyse shipments, draft a reply,
 * compose the note and post it exactly once. {@link #process} lists the steps; each returns its stage's
 * outcome, which {@link AttemptStages} records; a failure says whether trying again may help.
 */
public final class EnrichTicketService implements ProcessEvent {
    private final EventPayloads payloads;
    private final CustomerDirectory customers;
    private final OrderLookup orders;
    private final ReplyDrafter drafter;
    private final NotePosting posting;
    private final NoteSignature signature;
    private final ShopTimeZone zone;
    private final Clock clock;

    public EnrichTicketService(EventPayloads payloads, CustomerDirectory customers, Optional<OrderHistory> shop,
                               OrderCache cache, ReplyDrafter drafter, TicketNotes notes, NoteLedger ledger,
                               NoteSignature signature) {
        this(payloads, customers, shop, cache, drafter, notes, ledger, signature, ProcessingMetrics.none());
    }

    /** As above, counting cache hits and misses. */
    public EnrichTicketService(EventPayloads payloads, CustomerDirectory customers, Optional<OrderHistory> shop,
                               OrderCache cache, ReplyDrafter drafter, TicketNotes notes, NoteLedger ledger,
                               NoteSignature signature, ProcessingMetrics metrics) {
        this(payloads, customers, shop, cache, drafter, notes, ledger, signature, metrics, ShopTimeZone.utc(),
                Clock.systemUTC());
    }

    /**
     * As above, writing dates in the shop's time zone and judging what is already past (an estimated delivery)
     * by {@code clock}.
     */
    public EnrichTicketService(EventPayloads payloads, CustomerDirectory customers, Optional<OrderHistory> shop,
                               OrderCache cache, ReplyDrafter drafter, TicketNotes notes, NoteLedger ledger,
                               NoteSignature signature, ProcessingMetrics metrics, ShopTimeZone zone, Clock clock) {
        this.payloads = payloads;
        this.customers = customers;
        this.orders = new OrderLookup(shop, cache, metrics);
        this.drafter = drafter;
        this.posting = new NotePosting(notes, ledger);
        this.signature = signature;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public EnrichmentOutcome process(ClaimedEvent claimed) {
        var attempt = new AttemptStages();
        try {
            TicketEvent event = attempt.run(Stage.READ, () -> read(claimed));
            attempt.run(Stage.TRIAGE, () -> triage(event));
            Customer customer = attempt.run(Stage.CUSTOMER, () -> identifyCustomer(event));
            OrderLookup.Found found = attempt.run(Stage.ORDERS, () -> lookUpOrders(customer));
            Drafted drafted = attempt.run(Stage.DRAFT, () -> draft(claimed, event, customer, found));
            InternalNote note = attempt.within(Stage.NOTE, () -> composeNote(claimed, event.ticket(), customer, found, drafted));
            NotePosting.Result.OnTicket onTicket = attempt.run(Stage.NOTE, () -> postNote(event.ticket(), claimed, note, drafted));
            if (onTicket instanceof NotePosting.Result.PostedNow) {
                // Drafts are counted per note, not per attempt: a retried attempt drafts again but posts one note.
                attempt.after(Stage.NOTE, () -> drafter.notePosted(drafted.draft()));
            }
            return attempt.posted(note.externalId(), onTicket.note().messageId());
        } catch (AttemptStages.Ended ended) {
            return ended.outcome();
        }
    }

    /** Who wrote, by every key the ticket gives, and the address the note names. */
    private record Customer(TicketCustomer onTicket, CustomerIdentity identity, Optional<String> email) {
    }

    /** The reply drafted for the note, with the facts it was drafted from and the content the note will carry. */
    private record Drafted(ReplyFacts facts, ReplyDraft draft, String contentHash) {
    }

    private Step<TicketEvent> read(ClaimedEvent claimed) {
        TicketEvent event = payloads.read(claimed.payload());
        return Step.next(event, StageOutcome.succeeded(Stage.READ, "ticket " + event.ticket().id()
                + event.message().map(m -> ", message " + m.id()).orElse(", no message")));
    }

    private static Step<Triage.Enrich> triage(TicketEvent event) {
        return switch (Triage.of(event)) {
            case Triage.Skip skip -> Step.stop(skip.reason(), StageOutcome.skipped(Stage.TRIAGE, skip.reason()));
            case Triage.Enrich enrich -> Step.next(enrich,
                    StageOutcome.succeeded(Stage.TRIAGE, "a customer is waiting for an answer"));
        };
    }

    private Step<Customer> identifyCustomer(TicketEvent event) {
        Ticket ticket = event.ticket();
        TicketCustomer customer = ticket.customer();
        CustomerIdentity identity = CustomerIdentity.readWithEmails(customer.gorgiasId().orElse(null),
                event.customerEmails(), customer.integrations());
        // The note names the address as Gorgias spells it, or the one found in a channel or on a message.
        Optional<String> email = customer.email().filter(address -> !address.isBlank())
                .or(() -> identity.email().map(CustomerKey.Email::address));
        customers.record(ticket, identity);
        return Step.next(new Customer(customer, identity, email), identity.bestKey().isPresent()
                ? StageOutcome.succeeded(Stage.CUSTOMER, "customer known by " + identity.keys().size() + " key(s)")
                : StageOutcome.degraded(Stage.CUSTOMER, "the ticket does not identify its customer"));
    }

    private Step<OrderLookup.Found> lookUpOrders(Customer customer) {
        OrderLookup.Found found = orders.find(customer.identity());
        return Step.next(found, found.outcome());
    }

    private Step<Drafted> draft(ClaimedEvent claimed, TicketEvent event, Customer customer, OrderLookup.Found found) {
        Ticket ticket = event.ticket();
        TicketCustomer onTicket = customer.onTicket();
        var calendar = new ShopCalendar(zone.current(), clock.instant());
        var facts = new ReplyFacts(ReplyFacts.firstNameOf(onTicket.firstname(), onTicket.name()), found.orders(),
                found.status(), signature.shopName(), ticket.language(), latestCustomerText(event), ticket.subject(),
                onTicket.ordersCount(), onTicket.totalSpent(), calendar, found.unreadableOrders(),
                OrderMention.in(orderTexts(event)));
        String contentHash = noteFacts(ticket, customer.email(), found, TemplateReplyDrafter.placeholder(), facts)
                .contentHash();
        boolean retrying = posting.recorded(claimed.lease().eventId()).isPresent();
        if (!retrying && posting.alreadyTold(ticket.id(), contentHash)) {
            return Step.stop("nothing new since the last note",
                    StageOutcome.skipped(Stage.DRAFT, "nothing new since the last note"));
        }
        ReplyDraft draft = drafter.draft(facts);
        // Stored per event, so the share of AI drafts and the fallback reasons can be counted from outcomes.
        return Step.next(new Drafted(facts, draft, contentHash), draft.fallbackReason().isPresent()
                ? StageOutcome.degraded(Stage.DRAFT, "drafted by " + draft.provenance())
                : StageOutcome.succeeded(Stage.DRAFT, "drafted by " + draft.provenance()));
    }

    private InternalNote composeNote(ClaimedEvent claimed, Ticket ticket, Customer customer, OrderLookup.Found found,
                                     Drafted drafted) {
        NoteBody body = ShipmentNote.compose(noteFacts(ticket, customer.email(), found, drafted.draft(), drafted.facts()));
        return new InternalNote(NotePosting.externalId(claimed.lease().eventId()), body.text(), body.html());
    }

    private Step<NotePosting.Result.OnTicket> postNote(Ticket ticket, ClaimedEvent claimed, InternalNote note,
                                                       Drafted drafted) {
        return switch (posting.post(ticket.id(), claimed.lease().eventId(), note, drafted.contentHash())) {
            case NotePosting.Result.OnTicket onTicket ->
                    Step.next(onTicket, StageOutcome.succeeded(Stage.NOTE, onTicket.detail()));
            case NotePosting.Result.AlreadyTold told ->
                    Step.stop(told.detail(), StageOutcome.skipped(Stage.NOTE, told.detail()));
        };
    }

    private NoteFacts noteFacts(Ticket ticket, Optional<String> email, OrderLookup.Found found, ReplyDraft draft,
                                ReplyFacts facts) {
        return new NoteFacts(ticket.id(), ticket.customer().name(), email, found.status(),
                found.orders(), draft, signature.serviceName(), signature.serviceVersion(), found.refusal(),
                found.unreadableOrders(), facts.calendar(), facts.orderMentions());
    }

    private static Optional<String> latestCustomerText(TicketEvent event) {
        return event.message().or(() -> event.ticket().messages().stream()
                        .filter(m -> !m.fromAgent() && !m.isInternalNote()).reduce((a, b) -> b))
                .flatMap(TicketMessage::bodyText);
    }

    /**
     * Where the customer may name their order, most relevant first: the message that fired, the customer's
     * earlier messages on the ticket (newest first: a follow-up rarely repeats the number), the subject.
     */
    private static List<Optional<String>> orderTexts(TicketEvent event) {
        List<Optional<String>> texts = new ArrayList<>(List.of(latestCustomerText(event)));
        List<TicketMessage> fromCustomer = event.ticket().messages().stream()
                .filter(m -> !m.fromAgent() && !m.isInternalNote())
                .filter(m -> event.message().map(fired -> !fired.id().equals(m.id())).orElse(true)).toList();
        for (int i = fromCustomer.size() - 1; i >= 0; i--) {
            texts.add(fromCustomer.get(i).bodyText());
        }
        texts.add(event.ticket().subject());
        return texts;
    }
}

package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.processing.port.in.ClaimedEvent;
import dev.gorgiasbridge.application.processing.port.in.ProcessEvent;
import dev.gorgiasbridge.application.processing.port.out.CustomerDirectory;
import dev.gorgiasbridge.application.processing.port.out.EventPayloads;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
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
import dev.gorgiasbridge.domain.ticket.TicketEvent;
import dev.gorgiasbridge.domain.ticket.TicketMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one stored event into an internal note on its ticket (docs/architecture.md): read it, decide whether it
 * deserves a note, record customer and ticket, look up orders and analyse shipments, draft a reply,
 * compose the note and post it exactly once. Every stage's outcome is recorded; a failure says whether
 * trying again may help.
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
        List<StageOutcome> stages = new ArrayList<>();
        Stage stage = Stage.READ;
        try {
            TicketEvent event = payloads.read(claimed.payload());
            Ticket ticket = event.ticket();
            stages.add(StageOutcome.succeeded(Stage.READ, "ticket " + ticket.id()
                    + event.message().map(m -> ", message " + m.id()).orElse(", no message")));

            stage = Stage.TRIAGE;
            if (Triage.of(event) instanceof Triage.Skip skip) {
                stages.add(StageOutcome.skipped(Stage.TRIAGE, skip.reason()));
                return new EnrichmentOutcome.Skipped(skip.reason(), stages);
            }
            stages.add(StageOutcome.succeeded(Stage.TRIAGE, "a customer is waiting for an answer"));

            stage = Stage.CUSTOMER;
            var customer = ticket.customer();
            CustomerIdentity identity = CustomerIdentity.readWithEmails(customer.gorgiasId().orElse(null),
                    event.customerEmails(), customer.integrations());
            // The note names the address as Gorgias spells it, or the one found in a channel or on a message.
            Optional<String> email = customer.email().filter(address -> !address.isBlank())
                    .or(() -> identity.email().map(CustomerKey.Email::address));
            customers.record(ticket, identity);
            stages.add(identity.bestKey().isPresent()
                    ? StageOutcome.succeeded(Stage.CUSTOMER, "customer known by " + identity.keys().size() + " key(s)")
                    : StageOutcome.degraded(Stage.CUSTOMER, "the ticket does not identify its customer"));

            stage = Stage.ORDERS;
            OrderLookup.Found found = orders.find(identity);
            stages.add(found.outcome());

            stage = Stage.DRAFT;
            var calendar = new ShopCalendar(zone.current(), clock.instant());
            var facts = new ReplyFacts(ReplyFacts.firstNameOf(customer.firstname(), customer.name()), found.orders(), found.status(),
                    signature.shopName(), ticket.language(), latestCustomerText(event), ticket.subject(),
                    customer.ordersCount(), customer.totalSpent(), calendar, found.unreadableOrders(),
                    OrderMention.in(orderTexts(event)));
            String contentHash = noteFacts(ticket, email, found, TemplateReplyDrafter.placeholder(), facts).contentHash();
            boolean retrying = posting.recorded(claimed.lease().eventId()).isPresent();
            if (!retrying && posting.alreadyTold(ticket.id(), contentHash)) {
                stages.add(StageOutcome.skipped(Stage.DRAFT, "nothing new since the last note"));
                return new EnrichmentOutcome.Skipped("nothing new since the last note", stages);
            }
            ReplyDraft draft = drafter.draft(facts);
            // Stored per event, so the share of AI drafts and the fallback reasons can be counted from outcomes.
            stages.add(draft.fallbackReason().isPresent()
                    ? StageOutcome.degraded(Stage.DRAFT, "drafted by " + draft.provenance())
                    : StageOutcome.succeeded(Stage.DRAFT, "drafted by " + draft.provenance()));

            stage = Stage.NOTE;
            NoteBody body = ShipmentNote.compose(noteFacts(ticket, email, found, draft, facts));
            var note = new InternalNote(NotePosting.externalId(claimed.lease().eventId()), body.text(), body.html());
            return switch (posting.post(ticket.id(), claimed.lease().eventId(), note, contentHash)) {
                case NotePosting.Result.OnTicket onTicket -> {
                    stages.add(StageOutcome.succeeded(Stage.NOTE, onTicket.detail()));
                    if (onTicket instanceof NotePosting.Result.PostedNow) {
                        // Drafts are counted per note, not per attempt: a retried attempt drafts again but posts one note.
                        drafter.notePosted(draft);
                    }
                    yield new EnrichmentOutcome.Posted(note.externalId(), onTicket.note().messageId(), stages);
                }
                case NotePosting.Result.AlreadyTold told -> {
                    stages.add(StageOutcome.skipped(Stage.NOTE, told.detail()));
                    yield new EnrichmentOutcome.Skipped(told.detail(), stages);
                }
            };
        } catch (ExternalServiceException e) {
            EnrichmentOutcome.AfterFailure next = e instanceof ExternalServiceException.RetryLater later
                    ? new EnrichmentOutcome.RetryLater(later.after()) : new EnrichmentOutcome.GiveUp();
            stages.add(StageOutcome.failed(stage, e.getMessage()));
            return new EnrichmentOutcome.Failed(stage, e.getMessage(), next, stages);
        } catch (RuntimeException e) {
            // Our own store failing (database down): worth retrying, the event is safe in the inbox.
            String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
            stages.add(StageOutcome.failed(stage, error));
            return new EnrichmentOutcome.Failed(stage, error, EnrichmentOutcome.RetryLater.onSchedule(), stages);
        }
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

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}

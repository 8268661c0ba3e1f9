package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.note.PostedNote;
import dev.gorgiasbridge.domain.ticket.MessageId;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.ticket.TicketMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tickets and the notes posted on them, in memory, for application tests. Behaves like the Gorgias
 * client (see TicketNotesContract): posted notes show on the ticket as internal notes from an agent.
 */
public final class InMemoryTicketNotes implements TicketNotes {
    private static final String SERVICE = "gorgias";

    private final Map<TicketId, Ticket> tickets = new HashMap<>();
    private final Map<TicketId, List<TicketMessage>> posted = new HashMap<>();
    private long nextMessageId = 900_000_001L;
    private Reachability reachability = new Reachability.Reachable(Duration.ZERO);
    private Optional<ExternalServiceException> postFailure = Optional.empty();
    private boolean postAnswerLost;

    /** The helpdesk knows this ticket from now on (replacing an earlier one with the same id). */
    public synchronized void add(Ticket ticket) {
        tickets.put(ticket.id(), ticket);
    }

    /** What the next reachability check answers, e.g. to simulate an outage. */
    public synchronized void reachability(Reachability answer) {
        reachability = answer;
    }

    /** Makes the next posts fail this way; with {@code lostAnswer} the note is posted but the answer lost. */
    public synchronized void failPosts(Optional<ExternalServiceException> failure, boolean lostAnswer) {
        postFailure = failure;
        postAnswerLost = lostAnswer;
    }

    /** The notes posted on the ticket, oldest first. */
    public synchronized List<TicketMessage> postedOn(TicketId ticket) {
        return List.copyOf(posted.getOrDefault(ticket, List.of()));
    }

    @Override
    public synchronized PostedNote post(TicketId ticket, InternalNote note) {
        requireKnown(ticket);
        if (postFailure.isPresent() && !postAnswerLost) {
            throw postFailure.get();
        }
        var message = new TicketMessage(new MessageId(nextMessageId++), "internal-note", true,
                Optional.of(note.externalId()), Optional.of(note.bodyText()), Optional.empty());
        posted.computeIfAbsent(ticket, id -> new ArrayList<>()).add(message);
        if (postFailure.isPresent()) {
            throw postFailure.get();
        }
        return new PostedNote(message.id().value(), note.externalId());
    }

    @Override
    public synchronized Optional<PostedNote> findByExternalId(TicketId ticket, String externalId) {
        requireKnown(ticket);
        return messages(ticket)
                .filter(m -> m.externalId().filter(externalId::equals).isPresent())
                .findFirst()
                .map(m -> new PostedNote(m.id().value(), externalId));
    }

    /** The ticket with every message posted since, as a helpdesk would show it. */
    public synchronized Optional<Ticket> ticket(TicketId ticket) {
        return Optional.ofNullable(tickets.get(ticket)).map(t -> new Ticket(t.id(), t.subject(), t.status(), t.spam(),
                t.language(), t.customer(), messages(ticket).toList()));
    }

    @Override
    public synchronized Reachability reachability() {
        return reachability;
    }

    private Stream<TicketMessage> messages(TicketId ticket) {
        return Stream.concat(tickets.get(ticket).messages().stream(), posted.getOrDefault(ticket, List.of()).stream());
    }

    private void requireKnown(TicketId ticket) {
        if (!tickets.containsKey(ticket)) {
            throw new ExternalServiceException.NotFound(SERVICE, "ticket " + ticket + " not found");
        }
    }
}

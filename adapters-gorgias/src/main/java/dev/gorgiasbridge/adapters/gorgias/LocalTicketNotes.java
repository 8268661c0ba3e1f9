package dev.gorgiasbridge.adapters.gorgias;

import dev.gorgiasbridge.application.health.port.out.Reachability;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.domain.note.InternalNote;
import dev.gorgiasbridge.domain.note.PostedNote;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in for Gorgias in development when no credentials are configured (docs/configuration.md): notes are logged
 * and kept in this process instead of posted, so the whole pipeline can be tried on a laptop. Never used
 * in staging or production, where missing credentials stop the service from starting.
 */
public final class LocalTicketNotes implements TicketNotes {
    private static final Logger log = LoggerFactory.getLogger(LocalTicketNotes.class);

    private final Map<String, PostedNote> posted = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(900_000_000L);

    @Override
    public PostedNote post(TicketId ticket, InternalNote note) {
        var kept = new PostedNote(messageIds.incrementAndGet(), note.externalId());
        posted.put(ticket + "/" + note.externalId(), kept);
        log.info("Gorgias is not configured: note {} for ticket {} kept locally (GET /api/dev/notes):\n{}",
                note.externalId(), ticket, note.bodyText());
        return kept;
    }

    @Override
    public Optional<PostedNote> findByExternalId(TicketId ticket, String externalId) {
        return Optional.ofNullable(posted.get(ticket + "/" + externalId));
    }

    @Override
    public Reachability reachability() {
        return new Reachability.Unreachable("Gorgias credentials are not configured; notes are kept locally");
    }
}

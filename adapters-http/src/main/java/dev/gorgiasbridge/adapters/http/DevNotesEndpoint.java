package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.port.out.NoteLedger;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/dev/notes}, registered in development only: the notes the service wrote, newest first,
 * so someone trying the service without Gorgias credentials sees what would have been posted.
 */
public final class DevNotesEndpoint implements Handler {
    public static final String PATH = "/api/dev/notes";
    private static final int LIMIT = 50;

    private final NoteLedger ledger;

    public DevNotesEndpoint(NoteLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void handle(Context ctx) {
        List<Map<String, Object>> notes = ledger.recent(LIMIT).stream().map(note -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ticket_id", note.ticket().value());
            json.put("external_id", note.externalId());
            json.put("message_id", note.messageId().orElse(null));
            json.put("created_at", note.createdAt().toString());
            json.put("body_text", note.bodyText());
            json.put("body_html", note.bodyHtml());
            return json;
        }).toList();
        Problems.json(ctx, 200, Map.of("notes", notes));
    }
}

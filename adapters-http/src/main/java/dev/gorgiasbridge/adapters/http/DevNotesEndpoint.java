package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.operations.port.in.ListRecentNotes;
import dev.gorgiasbridge.application.operations.port.in.RecentNote;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/dev/notes}, registered in development only: the notes the service wrote, newest first,
 * so someone trying the service sees what would have been posted. A browser (its {@code Accept} names
 * {@code text/html}) gets a page with each note as the agent reads it; API clients get JSON, and so does
 * {@code ?format=json}.
 */
public final class DevNotesEndpoint implements Handler {
    public static final String PATH = "/api/dev/notes";
    private static final int LIMIT = 50;

    private final ListRecentNotes recentNotes;

    public DevNotesEndpoint(ListRecentNotes recentNotes) {
        this.recentNotes = recentNotes;
    }

    @Override
    public void handle(Context ctx) {
        List<RecentNote> notes = recentNotes.recent(LIMIT);
        ctx.header("Vary", "Accept");
        if (wantsHtml(ctx)) {
            ctx.header("Content-Security-Policy", NotesPage.CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cache-Control", "no-cache");
            ctx.status(200).contentType("text/html; charset=utf-8").result(NotesPage.render(notes, LIMIT));
            return;
        }
        Problems.json(ctx, 200, Map.of("notes", notes.stream().map(DevNotesEndpoint::json).toList()));
    }

    /** A browser's Accept names text/html; curl's (any type) and API clients' (application/json) do not. */
    private static boolean wantsHtml(Context ctx) {
        if ("json".equalsIgnoreCase(ctx.queryParam("format"))) {
            return false;
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    private static Map<String, Object> json(RecentNote note) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ticket_id", note.ticket().value());
        json.put("external_id", note.externalId());
        json.put("message_id", note.messageId().orElse(null));
        json.put("created_at", note.createdAt().toString());
        json.put("body_text", note.bodyText());
        json.put("body_html", note.bodyHtml());
        return json;
    }
}

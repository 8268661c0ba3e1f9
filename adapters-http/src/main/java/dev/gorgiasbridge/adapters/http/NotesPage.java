package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.operations.port.in.RecentNote;
import dev.gorgiasbridge.domain.note.HtmlText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

/**
 * The development notes view for a browser: each note as the agent reads it in Gorgias, newest first,
 * with its ticket and when it was written. Every value is escaped; the note bodies keep only the markup
 * notes are written with ({@link NoteMarkup}); the page runs no script and loads nothing.
 */
final class NotesPage {
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String STYLE = """
            body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #f6f8fa; }
            header { padding: 0.8rem 1.5rem; background: #1f2328; color: #fff; }
            header h1 { font-size: 1.2rem; margin: 0; }
            header a { color: #fff; }
            main { padding: 1rem 1.5rem 3rem; max-width: 52rem; }
            .intro { color: #57606a; }
            article { background: #fff; border: 1px solid #d0d7de; border-left: 6px solid #d4a72c; border-radius: 6px; margin: 1rem 0; padding: 0.4rem 1rem 0.8rem; }
            article h2 { font-size: 0.85rem; font-weight: 600; color: #57606a; margin: 0.4rem 0 0.6rem; }
            .note { line-height: 1.45; overflow-wrap: anywhere; }
            .note ul { padding-left: 1.4rem; }
            details { margin-top: 0.6rem; font-size: 0.85rem; }
            pre { white-space: pre-wrap; background: #f6f8fa; padding: 0.6rem; border-radius: 4px; }
            """;
    /** The page may use its own style block and nothing else: no script, no image, no request. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-" + sha256(STYLE)
            + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private NotesPage() {
    }

    static String render(List<RecentNote> notes, int limit) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Gorgias Bridge · notes (development)</title>\n<style>").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<header><h1>Gorgias Bridge · notes written (development)</h1></header>\n<main>\n")
                .append("<p class=\"intro\">The internal notes this service wrote, newest first (at most ").append(limit)
                .append("), as the agent reads them on the ticket in Gorgias. <a href=\"/dashboard\">Dashboard</a> · ")
                .append("<a href=\"").append(DevNotesEndpoint.PATH).append("?format=json\">as JSON</a></p>\n");
        if (notes.isEmpty()) {
            html.append("<p id=\"no-notes\">No notes yet. Send the sample webhook (README, “Trying it locally”) or run ")
                    .append("<code>scripts/demo</code>, then reload this page.</p>\n");
        }
        for (RecentNote note : notes) {
            html.append("<article class=\"ledger-note\" data-ticket=\"").append(note.ticket().value()).append("\">\n<h2>Ticket ")
                    .append(note.ticket().value()).append(" · written ").append(WRITTEN.format(note.createdAt())).append(" · ")
                    .append(note.messageId().map(id -> "message " + id).orElse("not posted yet"))
                    .append("</h2>\n<div class=\"note\">\n").append(NoteMarkup.safe(note.bodyHtml())).append("\n</div>\n")
                    .append("<details><summary>Plain text and external id</summary><pre>")
                    .append(HtmlText.escape(note.bodyText())).append("</pre><p>")
                    .append(HtmlText.escape(note.externalId())).append("</p></details>\n</article>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

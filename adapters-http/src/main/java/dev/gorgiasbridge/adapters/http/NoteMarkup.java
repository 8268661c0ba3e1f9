package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.domain.note.HtmlText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored note's HTML made safe to show in a page: the markup notes are written with (p, br, ul/li,
 * strong, and links to http or https addresses) is kept, so the note reads as the agent sees it in
 * Gorgias; every other {@code <} is escaped, so nothing else can become markup, whatever the store holds.
 */
final class NoteMarkup {
    private static final Pattern ALLOWED = Pattern.compile(
            "</?(?:p|ul|li|strong)>|<br\\s*/?>|<a href=\"https?://[^\"<>\\s]*\">|</a>", Pattern.CASE_INSENSITIVE);

    private NoteMarkup() {
    }

    static String safe(String html) {
        StringBuilder out = new StringBuilder(html.length() + 16);
        Matcher tag = ALLOWED.matcher(html);
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                tag.region(i, html.length());
                if (tag.lookingAt()) {
                    out.append(tag.group());
                    i = tag.end();
                    continue;
                }
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }
}

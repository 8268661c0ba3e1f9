package dev.gorgiasbridge.domain.note;

/** Text made safe to place in HTML: one escaping for the note's markup and every page that shows a note. */
public final class HtmlText {
    private HtmlText() {
    }

    /** Escapes the five characters that can end text or an attribute value; the rest is safe in UTF-8. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

package dev.gorgiasbridge.domain.note;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a note as simple, email-safe HTML: p, br, ul/li, strong and a href only. Every piece of text is
 * escaped here, at the one place HTML is written, so no caller can forget to.
 */
final class HtmlRendering {
    private HtmlRendering() {
    }

    static String render(List<NoteBlock> blocks) {
        return blocks.stream().map(HtmlRendering::block).collect(Collectors.joining("\n"));
    }

    private static String block(NoteBlock block) {
        return switch (block) {
            case NoteBlock.Paragraph paragraph -> "<p>" + lines(paragraph.lines()) + "</p>";
            case NoteBlock.Bullets bullets -> "<p>" + line(bullets.title()) + "</p>\n<ul>\n"
                    + bullets.items().stream().map(item -> "<li>" + lines(item) + "</li>\n").collect(Collectors.joining())
                    + "</ul>";
        };
    }

    private static String lines(List<NoteLine> lines) {
        return lines.stream().map(HtmlRendering::line).collect(Collectors.joining("<br>"));
    }

    private static String line(NoteLine line) {
        return line.pieces().stream().map(piece -> switch (piece) {
            case NoteLine.Plain plain -> HtmlText.escape(plain.text());
            case NoteLine.Strong strong -> "<strong>" + HtmlText.escape(strong.text()) + "</strong>";
            case NoteLine.Link link -> {
                String url = HtmlText.escape(link.url());
                yield "<a href=\"" + url + "\">" + url + "</a>";
            }
        }).collect(Collectors.joining());
    }
}

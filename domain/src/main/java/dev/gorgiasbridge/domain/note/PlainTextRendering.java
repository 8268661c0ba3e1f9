package dev.gorgiasbridge.domain.note;

import java.util.List;
import java.util.stream.Collectors;

/** Renders a note as plain text for a monospace box: blank lines between blocks, "- " bullets. */
final class PlainTextRendering {
    private PlainTextRendering() {
    }

    static String render(List<NoteBlock> blocks) {
        return blocks.stream().map(PlainTextRendering::block).collect(Collectors.joining("\n\n"));
    }

    private static String block(NoteBlock block) {
        return switch (block) {
            case NoteBlock.Paragraph paragraph -> paragraph.lines().stream().map(PlainTextRendering::line)
                    .collect(Collectors.joining("\n"));
            case NoteBlock.Bullets bullets -> line(bullets.title()) + bullets.items().stream()
                    .map(PlainTextRendering::item).collect(Collectors.joining());
        };
    }

    private static String item(List<NoteLine> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i == 0 ? "\n- " : "\n  ").append(line(lines.get(i)));
        }
        return text.toString();
    }

    static String line(NoteLine line) {
        return line.pieces().stream().map(piece -> switch (piece) {
            case NoteLine.Plain plain -> plain.text();
            case NoteLine.Strong strong -> strong.text();
            case NoteLine.Link link -> link.url();
        }).collect(Collectors.joining());
    }
}

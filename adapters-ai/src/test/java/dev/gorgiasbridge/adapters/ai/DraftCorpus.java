package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.domain.reply.ReplyFacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drafts in {@code drafts/corpus.txt}: faithful ones, which state only the facts and must pass, and
 * adversarial ones, each labelled with the rule it breaks, which must never pass. The file's header says
 * how an entry is written; lines starting with "# " are comments.
 */
final class DraftCorpus {
    static final String RESOURCE = "/drafts/corpus.txt";
    /** The held-out outsider-6 drafts, kept apart so docs/ai-drafts.md can report them separately. */
    static final String OUTSIDER_6 = "/drafts/outsider6.txt";
    private static final Pattern HEADER = Pattern.compile(
            "=== (faithful|adversarial) (\\w+) (\\w\\w) ([A-Z_]+|-)(?: \\| (.*))?");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u\\{([0-9A-Fa-f]{4,6})}");

    enum Verdict { FAITHFUL, ADVERSARIAL }

    /**
     * @param rule the reason the guardrails must give for an adversarial draft; empty for a faithful one
     */
    record Entry(String origin, int line, Verdict verdict, CorpusFacts factSet, String language, Optional<FallbackReason> rule, String note,
                 String draft) {
        ReplyFacts facts() {
            return factSet.in(Optional.of(language));
        }

        @Override
        public String toString() {
            return origin + " line " + line + " (" + verdict.name().toLowerCase(Locale.ROOT) + ", " + factSet.name().toLowerCase(Locale.ROOT)
                    + ", " + language + rule.map(r -> ", " + r).orElse("") + "): " + note;
        }
    }

    private DraftCorpus() {
    }

    /** The in-repo corpus, written against the guardrails (the mutation test derives its mutants from it). */
    static List<Entry> entries() {
        return entries(RESOURCE);
    }

    /** The in-repo corpus and the held-out outsider drafts. */
    static List<Entry> all() {
        List<Entry> all = new ArrayList<>(entries(RESOURCE));
        all.addAll(entries(OUTSIDER_6));
        return all;
    }

    static List<Entry> entries(String resource) {
        String text;
        try (InputStream in = DraftCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Matcher header = null;
        int headerLine = 0;
        StringBuilder draft = new StringBuilder();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "=== end";
            if (line.startsWith("===")) {
                if (header != null) {
                    entries.add(entry(resource, headerLine, header, draft.toString().strip()));
                }
                header = HEADER.matcher(line);
                if (!line.equals("=== end") && !header.matches()) {
                    throw new IllegalStateException("line " + (i + 1) + ": not an entry header: " + line);
                }
                headerLine = i + 1;
                draft.setLength(0);
            } else if (header != null && !line.equals("#") && !line.startsWith("# ")) {
                draft.append(line).append('\n');
            }
        }
        return entries;
    }

    private static Entry entry(String resource, int line, Matcher header, String draft) {
        Verdict verdict = Verdict.valueOf(header.group(1).toUpperCase(Locale.ROOT));
        Optional<FallbackReason> rule = header.group(4).equals("-") ? Optional.empty()
                : Optional.of(FallbackReason.valueOf(header.group(4)));
        if ((verdict == Verdict.ADVERSARIAL) != rule.isPresent()) {
            throw new IllegalStateException("line " + line + ": an adversarial draft names the rule it breaks, a faithful one none");
        }
        if (draft.isEmpty()) {
            throw new IllegalStateException("line " + line + ": the entry has no draft");
        }
        return new Entry(resource.substring(resource.lastIndexOf('/') + 1), line, verdict, CorpusFacts.valueOf(header.group(2).toUpperCase(Locale.ROOT)), header.group(3), rule,
                header.group(5) == null ? "" : header.group(5), unescape(draft));
    }

    /** A backslash, "u", and a code point in braces (for U+200B, "u{200B}") is that character: invisible ones stay visible. */
    static String unescape(String text) {
        return ESCAPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    }
}

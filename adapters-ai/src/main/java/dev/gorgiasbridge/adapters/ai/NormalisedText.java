package dev.gorgiasbridge.adapters.ai;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text as the guardrails judge it and as the agent then sees it: NFKC-normalised (full-width and other
 * compatibility forms become plain letters and digits), without format characters (Unicode category Cf:
 * zero-width spaces and joiners, soft hyphens, direction marks, the byte-order mark), with every decimal
 * digit written in ASCII, with combining marks that decorate ASCII letters removed, and with Cyrillic and
 * Greek letters that look like Latin ones written in Latin wherever a word could pass for Latin.
 * Normalising is idempotent, so text normalised twice reads the same.
 *
 * <p>The look-alike table is small and documented rather than ICU's full confusable set (Unicode TS #39):
 * the drafts are checked in Latin-script languages, and these letters are the ones that pass for Latin in
 * ordinary fonts. A word is folded when it holds a Latin letter (a mixed-script word like "rеfund" with a
 * Cyrillic е), or when every letter in it has a Latin twin (an all-Cyrillic "сору") in a mostly Latin text;
 * a genuinely Cyrillic or Greek word ("заказ", or "он" in a Russian reply) keeps its letters.
 */
final class NormalisedText {
    /** Cyrillic and Greek letters drawn like Latin ones, and the Latin letter they pass for. */
    static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            // Cyrillic, lower case
            Map.entry('а', 'a'), Map.entry('в', 'b'), Map.entry('е', 'e'), Map.entry('к', 'k'), Map.entry('м', 'm'),
            Map.entry('н', 'h'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'), Map.entry('т', 't'),
            Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ј', 'j'), Map.entry('ѕ', 's'),
            Map.entry('ԁ', 'd'), Map.entry('ԛ', 'q'), Map.entry('ԝ', 'w'), Map.entry('һ', 'h'), Map.entry('ӏ', 'l'),
            Map.entry('ё', 'e'), Map.entry('ї', 'i'), Map.entry('ɡ', 'g'),
            // Cyrillic, upper case
            Map.entry('А', 'A'), Map.entry('В', 'B'), Map.entry('Е', 'E'), Map.entry('К', 'K'), Map.entry('М', 'M'),
            Map.entry('Н', 'H'), Map.entry('О', 'O'), Map.entry('Р', 'P'), Map.entry('С', 'C'), Map.entry('Т', 'T'),
            Map.entry('У', 'Y'), Map.entry('Х', 'X'), Map.entry('І', 'I'), Map.entry('Ј', 'J'), Map.entry('Ѕ', 'S'),
            Map.entry('Ԁ', 'D'), Map.entry('Ԛ', 'Q'), Map.entry('Ԝ', 'W'), Map.entry('Һ', 'H'), Map.entry('Ӏ', 'I'),
            // Greek
            Map.entry('α', 'a'), Map.entry('ο', 'o'), Map.entry('ν', 'v'), Map.entry('ρ', 'p'), Map.entry('ι', 'i'),
            Map.entry('κ', 'k'), Map.entry('υ', 'u'), Map.entry('χ', 'x'), Map.entry('ϲ', 'c'), Map.entry('ϳ', 'j'),
            Map.entry('Α', 'A'), Map.entry('Β', 'B'), Map.entry('Ε', 'E'), Map.entry('Ζ', 'Z'), Map.entry('Η', 'H'),
            Map.entry('Ι', 'I'), Map.entry('Κ', 'K'), Map.entry('Μ', 'M'), Map.entry('Ν', 'N'), Map.entry('Ο', 'O'),
            Map.entry('Ρ', 'P'), Map.entry('Τ', 'T'), Map.entry('Υ', 'Y'), Map.entry('Χ', 'X'), Map.entry('Ϲ', 'C'),
            // Latin letters that NFKC leaves alone but that read as plain ones
            Map.entry('ı', 'i'), Map.entry('ȷ', 'j'), Map.entry('ɑ', 'a'), Map.entry('ʟ', 'L'), Map.entry('ɪ', 'I'));

    private NormalisedText() {
    }

    static String of(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(composed.length());
        boolean onAscii = false;
        int i = 0;
        while (i < composed.length()) {
            int c = composed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (c == '\r') {
                // \r\n and a lone \r both end a line.
                if (i < composed.length() && composed.charAt(i) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (type == Character.FORMAT || isInvisible(c)) {
                // zero-width and direction characters: gone, so "1Z9\u200B99" reads as the "1Z999" it shows
            } else if (type == Character.CONTROL && c != '\n' && c != '\t') {
                out.append(' ');
            } else if (type == Character.SPACE_SEPARATOR) {
                out.append(' ');
            } else if (type == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if ((type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) && onAscii) {
                // "r̶e̶f̶u̶n̶d̶": a mark left on an ASCII letter after NFKC has no precomposed form; it only hides the word
                continue;
            } else {
                out.appendCodePoint(c);
            }
            onAscii = !out.isEmpty() && out.charAt(out.length() - 1) < 128
                    && Character.isLetterOrDigit(out.charAt(out.length() - 1));
        }
        return foldLookAlikes(out.toString());
    }

    /** Characters that draw nothing yet are not Cf: fillers, variation selectors, the Braille blank. */
    private static boolean isInvisible(int c) {
        return c == '\u115F' || c == '\u1160' || c == '\u3164' || c == '\uFFA0' || c == '\u2800'
                || c >= '\uFE00' && c <= '\uFE0F' || c >= 0xE0100 && c <= 0xE01EF || c == '\u034F';
    }

    private static String foldLookAlikes(String text) {
        boolean latinText = mostlyLatin(text);
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end == start) {
                out.append(text.charAt(start));
                start++;
                continue;
            }
            String word = text.substring(start, end);
            out.append(passesForLatin(word, latinText) ? fold(word) : word);
            start = end;
        }
        return out.toString();
    }

    /** More Latin letters than Cyrillic and Greek ones: then a word made only of look-alikes is a disguise. */
    private static boolean mostlyLatin(String text) {
        long latin = 0;
        long other = 0;
        for (int i = 0; i < text.length(); i++) {
            var script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else if (script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK) {
                other++;
            }
        }
        return latin > other;
    }

    private static boolean passesForLatin(String word, boolean latinText) {
        boolean latin = false;
        boolean allTwins = true;
        boolean anyTwin = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (LOOK_ALIKES.containsKey(c)) {
                anyTwin = true;
            } else {
                allTwins = false;
                latin |= Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            }
        }
        return anyTwin && (latin || allTwins && latinText);
    }

    private static String fold(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.append(LOOK_ALIKES.getOrDefault(word.charAt(i), word.charAt(i)));
        }
        return out.toString();
    }
}

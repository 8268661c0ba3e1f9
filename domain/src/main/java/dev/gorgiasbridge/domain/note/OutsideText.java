package dev.gorgiasbridge.domain.note;

import dev.gorgiasbridge.domain.text.VisibleText;

/** Text that came from Shopify, Gorgias or a model, fitted to one line of a note of bounded size. */
final class OutsideText {
    static final int NAME_LENGTH = 120;
    static final int URL_LENGTH = 2_000;

    private OutsideText() {
    }

    /**
     * On one line, since a line break in an item name must not reshape the note, without invisible format
     * characters ({@link VisibleText}), and cut at {@code max}.
     */
    static String line(String text, int max) {
        return cut(VisibleText.of(text).replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+", " ").strip(), max);
    }

    static String name(String text) {
        return line(text, NAME_LENGTH);
    }

    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        // Never split a surrogate pair: half an emoji is not valid text.
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }
}

package dev.gorgiasbridge.domain.text;

import java.util.regex.Pattern;

/**
 * Text from outside without its invisible format characters (Unicode category Cf: zero-width spaces and
 * joiners, word joiners, bidi controls such as U+202E). They can hide inside a tracking number or a product
 * name so that two equal-looking values differ, or reorder the rest of a line of a note or a reply.
 */
public final class VisibleText {
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");

    private VisibleText() {
    }

    public static String of(String text) {
        return text == null ? null : INVISIBLE.matcher(text).replaceAll("");
    }
}

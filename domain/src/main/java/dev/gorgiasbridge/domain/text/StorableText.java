package dev.gorgiasbridge.domain.text;

/**
 * Text from outside (Gorgias, Shopify, a model, an error message) made fit to store and show: NUL and the
 * other control characters are removed — PostgreSQL refuses NUL in text, and the others can reshape a log
 * line or a screen — except tab and line feed, which notes and details use. A lone surrogate, which no
 * encoding can store, becomes U+FFFD.
 */
public final class StorableText {
    private StorableText() {
    }

    public static String of(String text) {
        if (text == null || text.codePoints().allMatch(StorableText::kept)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                clean.append('\uFFFD');
            } else if (!Character.isISOControl(c) || c == '\t' || c == '\n') {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** A code point kept as it is; a lone surrogate shows up as a code point of its own. */
    private static boolean kept(int codePoint) {
        return codePoint == '\t' || codePoint == '\n'
                || !Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.SURROGATE;
    }
}

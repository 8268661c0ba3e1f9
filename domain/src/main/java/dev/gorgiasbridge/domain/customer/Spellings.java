package dev.gorgiasbridge.domain.customer;

import dev.gorgiasbridge.domain.customer.InvalidCustomerKey.Reason;
import java.util.Locale;

/** Reads the spellings in which customer identifiers arrive and reduces each to one canonical form. */
final class Spellings {
    /** Far above any real id or address; refuses hostile input before any further work. */
    static final int MAX_INPUT_LENGTH = 320;
    private static final int MAX_ID_DIGITS = 19;
    private static final int MAX_EMAIL_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;
    // RFC 5322 specials are legal only in quoted local parts, which no shop sees; they are also
    // Shopify search syntax, so refusing them keeps an email safe to put in an orders query.
    private static final String EMAIL_SPECIALS = "\"(),:;<>[\\]";

    private Spellings() {
    }

    /** The text without surrounding whitespace, refused when blank, overlong or hiding control characters. */
    static String stripped(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidCustomerKey(Reason.BLANK, what + " is blank");
        }
        if (text.length() > MAX_INPUT_LENGTH) {
            throw new InvalidCustomerKey(Reason.TOO_LONG, what + " is longer than " + MAX_INPUT_LENGTH + " characters");
        }
        String value = text.strip();
        if (value.codePoints().anyMatch(Spellings::isControl)) {
            throw new InvalidCustomerKey(Reason.CONTROL_CHARACTER, what + " contains a control character");
        }
        return value;
    }

    /** A positive decimal id, leading zeros allowed; ASCII digits only, as {@code Long.parseLong} is laxer. */
    static long positiveId(String text, String what) {
        String value = stripped(text, what);
        boolean negative = value.startsWith("-");
        String digits = negative ? value.substring(1) : value;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidCustomerKey(Reason.NOT_A_NUMBER, what + " is not a whole decimal number");
        }
        String significant = digits.replaceFirst("^0+", "");
        if (significant.length() > MAX_ID_DIGITS
                || significant.length() == MAX_ID_DIGITS && significant.compareTo(Long.toString(Long.MAX_VALUE)) > 0) {
            throw new InvalidCustomerKey(Reason.TOO_LONG, what + " does not fit in 64 bits");
        }
        long id = significant.isEmpty() ? 0 : Long.parseLong(significant);
        return positive(negative ? -id : id, what);
    }

    static long positive(long id, String what) {
        if (id <= 0) {
            throw new InvalidCustomerKey(Reason.NOT_POSITIVE, what + " must be positive");
        }
        return id;
    }

    /** The address stripped and lower-cased, refused unless it has the shape of a deliverable address. */
    static String emailAddress(String text) {
        String address = stripped(text, "email").toLowerCase(Locale.ROOT);
        if (address.length() > MAX_EMAIL_LENGTH) {
            throw new InvalidCustomerKey(Reason.TOO_LONG, "email is longer than " + MAX_EMAIL_LENGTH + " characters");
        }
        if (address.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw malformed("contains a space");
        }
        if (address.chars().anyMatch(c -> EMAIL_SPECIALS.indexOf(c) >= 0)) {
            throw malformed("contains a character only quoted addresses may hold");
        }
        int at = address.indexOf('@');
        if (at < 0 || at != address.lastIndexOf('@')) {
            throw malformed("needs exactly one @");
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.length() > MAX_LOCAL_PART_LENGTH || !wellDotted(local)) {
            throw malformed("has an invalid part before the @");
        }
        if (!wellDotted(domain) || !domain.contains(".")) {
            throw malformed("has an invalid domain");
        }
        return address;
    }

    private static boolean wellDotted(String part) {
        return !part.isEmpty() && !part.startsWith(".") && !part.endsWith(".") && !part.contains("..");
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        // FORMAT covers zero-width and direction marks, which make two addresses look identical.
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private static InvalidCustomerKey malformed(String why) {
        return new InvalidCustomerKey(Reason.MALFORMED_EMAIL, "email " + why);
    }
}

package dev.gorgiasbridge.domain.customer;

/**
 * A customer identifier that cannot be made into a {@link CustomerKey}, with the reason why. The message
 * never repeats the rejected value: it may be an email address, which is personal data.
 */
public final class InvalidCustomerKey extends IllegalArgumentException {
    private final Reason reason;

    InvalidCustomerKey(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why an identifier was refused. */
    public enum Reason {
        /** Null, empty, or only spaces. */
        BLANK,
        /** Longer than any real identifier (or a number beyond 64 bits). */
        TOO_LONG,
        /** A control or invisible formatting character inside the value. */
        CONTROL_CHARACTER,
        /** An id that is not a plain decimal number. */
        NOT_A_NUMBER,
        /** An id of zero or below. */
        NOT_POSITIVE,
        /** A {@code gid://} that is not a Shopify GID. */
        MALFORMED_GID,
        /** A Shopify GID naming another resource, such as {@code gid://shopify/Order/1}. */
        WRONG_GID_TYPE,
        /** Not a usable email address. */
        MALFORMED_EMAIL,
        /** Text that is not a canonical customer key ({@code shopify:}, {@code gorgias:}, {@code email:}). */
        UNKNOWN_KIND
    }
}

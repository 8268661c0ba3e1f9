package dev.gorgiasbridge.domain.shipment;

import java.util.Locale;
import java.util.Optional;

/** Reads Shopify enum values and writes them as words; Shopify adds values between API versions. */
final class ShopifyEnum {
    private ShopifyEnum() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, E unknown) {
        return known(type, value).orElse(unknown);
    }

    /** The constant named by {@code value}, ignoring case and padding; empty for null or a value not known here. */
    static <E extends Enum<E>> Optional<E> known(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** Shopify's value in words, for people: {@code SOMETHING_NEW} → "something new". */
    static String words(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replaceAll("[_\\s]+", " ").strip();
    }
}

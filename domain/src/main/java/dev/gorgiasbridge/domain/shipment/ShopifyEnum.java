package dev.gorgiasbridge.domain.shipment;

import java.util.Locale;

/** Reads Shopify enum values; a value this code does not know yet (Shopify adds them) becomes the fallback. */
final class ShopifyEnum {
    private ShopifyEnum() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, E unknown) {
        if (value == null) {
            return unknown;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return unknown;
    }
}

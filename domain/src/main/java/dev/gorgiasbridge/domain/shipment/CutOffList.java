package dev.gorgiasbridge.domain.shipment;

import java.util.Objects;

/**
 * A list in Shopify's answer about an order that may hold more than the query asked for: Shopify said so
 * ({@code pageInfo.hasNextPage}) or the list came back full (a plain list such as {@code fulfillments(first:)}
 * has no page info). What the order shows past it is unknown, so nothing may be described as the whole order.
 *
 * @param listed how many entries the answer holds at most for this list
 */
public record CutOffList(Part part, int listed) {

    /** Which list of the order may be cut off, in the words an agent reads. */
    public enum Part {
        PACKAGES("packages"),
        ITEMS("items"),
        PACKAGE_CONTENTS("items per package"),
        FULFILLMENT_ORDERS("fulfillment orders"),
        FULFILLMENT_ORDER_ITEMS("items per fulfillment order");

        private final String words;

        Part(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public CutOffList {
        Objects.requireNonNull(part, "part");
        if (listed < 1) {
            throw new IllegalArgumentException("a cut-off list holds at least one entry");
        }
    }
}

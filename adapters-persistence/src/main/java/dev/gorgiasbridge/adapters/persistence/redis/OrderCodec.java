package dev.gorgiasbridge.adapters.persistence.redis;

import dev.gorgiasbridge.domain.shipment.Order;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders as JSON for the shared cache. Entries written by an older release that no longer read are
 * treated as misses, never as errors: the cache only ever saves a Shopify call.
 */
final class OrderCodec {
    private static final TypeReference<List<Order>> ORDERS = new TypeReference<>() {
    };
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private OrderCodec() {
    }

    static String encode(List<Order> orders) {
        return JSON.writeValueAsString(orders);
    }

    static Optional<List<Order>> decode(String json) {
        try {
            return Optional.of(List.copyOf(JSON.readValue(json, ORDERS)));
        } catch (JacksonException | IllegalArgumentException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }
}

package dev.gorgiasbridge.adapters.persistence.redis;

import dev.gorgiasbridge.domain.shipment.DeliveryMethod;
import dev.gorgiasbridge.domain.shipment.DeliveryMethodType;
import dev.gorgiasbridge.domain.shipment.DisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderState;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderStatus;
import dev.gorgiasbridge.domain.shipment.Order;
import dev.gorgiasbridge.domain.shipment.Unrecognised;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Orders as JSON for the shared cache. Entries written by an older release that no longer read are
 * treated as misses, never as errors: the cache only ever saves a Shopify call. Shopify's enum values
 * (known or not) are written as Shopify's own string and read back through the domain's parser, so a value
 * Shopify added since survives the cache unchanged.
 */
final class OrderCodec {
    private static final TypeReference<List<Order>> ORDERS = new TypeReference<>() {
    };
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("shopify-values")
                    .addSerializer(Unrecognised.class, new AsShopifyValue<>(Unrecognised.class, Unrecognised::value))
                    .addDeserializer(DisplayStatus.class, new FromShopifyValue<>(DisplayStatus.class, FulfillmentDisplayStatus::fromShopify))
                    .addDeserializer(FulfillmentOrderState.class,
                            new FromShopifyValue<>(FulfillmentOrderState.class, FulfillmentOrderStatus::fromShopify))
                    .addDeserializer(DeliveryMethod.class, new FromShopifyValue<>(DeliveryMethod.class, DeliveryMethodType::fromShopify)))
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

    /** Writes a value as Shopify's string; known values are enum constants, which Jackson writes by name already. */
    private static final class AsShopifyValue<T> extends StdSerializer<T> {
        private final Function<T, String> value;

        AsShopifyValue(Class<T> type, Function<T, String> value) {
            super(type);
            this.value = value;
        }

        @Override
        public void serialize(T shopifyValue, JsonGenerator generator, SerializationContext context) {
            generator.writeString(value.apply(shopifyValue));
        }
    }

    /** Reads Shopify's string (or null) back through the domain's own parser. */
    private static final class FromShopifyValue<T> extends StdDeserializer<T> {
        private final Function<String, T> parse;

        FromShopifyValue(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.reportInputMismatch(this, "expected a Shopify value as a string");
            }
            return parse.apply(parser.getString());
        }

        @Override
        public T getNullValue(DeserializationContext context) {
            return parse.apply(null);
        }
    }
}

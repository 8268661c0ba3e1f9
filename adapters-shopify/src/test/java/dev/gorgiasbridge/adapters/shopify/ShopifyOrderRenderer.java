package dev.gorgiasbridge.adapters.shopify;

import dev.gorgiasbridge.domain.customer.CustomerKey.ShopifyCustomer;
import dev.gorgiasbridge.domain.shipment.Fulfillment;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrder;
import dev.gorgiasbridge.domain.shipment.Order;
import dev.gorgiasbridge.domain.shipment.TrackingInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a domain order as the Admin API would answer it, written independently of the production reader. */
final class ShopifyOrderRenderer {
    private ShopifyOrderRenderer() {
    }

    static ObjectNode render(Order order, String gid) {
        ObjectNode node = ShopifyServer.JSON.createObjectNode()
                .put("id", gid)
                .put("name", order.name())
                .put("createdAt", order.createdAt().toString())
                .put("displayFulfillmentStatus", order.displayFulfillmentStatus().name());
        node.set("cancelledAt", instant(order.cancelledAt()));
        node.set("customer", order.customer().<JsonNode>map(ShopifyOrderRenderer::customer)
                .orElse(ShopifyServer.JSON.nullNode()));
        node.set("lineItems", connection(order.lineItems(), item -> ShopifyServer.JSON.createObjectNode()
                .put("name", item.name()).put("quantity", item.quantity())
                .put("currentQuantity", item.currentQuantity()).put("unfulfilledQuantity", item.unfulfilledQuantity())
                .put("requiresShipping", item.requiresShipping())));
        node.set("fulfillments", array(order.fulfillments(), ShopifyOrderRenderer::fulfillment));
        node.set("fulfillmentOrders", connection(order.fulfillmentOrders(), ShopifyOrderRenderer::fulfillmentOrder));
        return node;
    }

    private static JsonNode customer(ShopifyCustomer customer) {
        return ShopifyServer.JSON.createObjectNode().put("id", customer.gid());
    }

    private static JsonNode fulfillment(Fulfillment fulfillment) {
        ObjectNode node = ShopifyServer.JSON.createObjectNode()
                .put("status", fulfillment.status().name())
                .put("displayStatus", value(fulfillment.displayStatus().shopifyValue()))
                .put("createdAt", fulfillment.createdAt().toString());
        node.set("deliveredAt", instant(fulfillment.deliveredAt()));
        node.set("estimatedDeliveryAt", instant(fulfillment.estimatedDeliveryAt()));
        node.set("trackingInfo", array(fulfillment.trackingInfo(), ShopifyOrderRenderer::tracking));
        node.set("fulfillmentLineItems", connection(fulfillment.lineItems(), item -> {
            ObjectNode line = ShopifyServer.JSON.createObjectNode().put("quantity", item.quantity());
            line.set("lineItem", ShopifyServer.JSON.createObjectNode().put("name", item.name()));
            return line;
        }));
        return node;
    }

    private static JsonNode tracking(TrackingInfo tracking) {
        return ShopifyServer.JSON.createObjectNode()
                .put("company", tracking.company().orElse(null))
                .put("number", tracking.number().map(Object::toString).orElse(null))
                .put("url", tracking.url().orElse(null));
    }

    private static JsonNode fulfillmentOrder(FulfillmentOrder order) {
        ObjectNode node = ShopifyServer.JSON.createObjectNode().put("status", value(order.status().shopifyValue()));
        String method = order.deliveryMethod().shopifyValue();
        node.set("deliveryMethod", method.isEmpty() ? ShopifyServer.JSON.nullNode()
                : ShopifyServer.JSON.createObjectNode().put("methodType", method));
        node.set("lineItems", connection(order.lineItems(), item -> {
            ObjectNode line = ShopifyServer.JSON.createObjectNode().put("remainingQuantity", item.remainingQuantity());
            line.set("lineItem", ShopifyServer.JSON.createObjectNode().put("name", item.name()));
            return line;
        }));
        return node;
    }

    /** Shopify sends null, never an empty string, for a value it does not have. */
    private static String value(String shopifyValue) {
        return shopifyValue.isEmpty() ? null : shopifyValue;
    }

    private static <T> ObjectNode connection(List<T> items, Function<T, JsonNode> render) {
        ObjectNode connection = ShopifyServer.JSON.createObjectNode();
        connection.set("nodes", array(items, render));
        return connection;
    }

    private static <T> ArrayNode array(List<T> items, Function<T, JsonNode> render) {
        ArrayNode array = ShopifyServer.JSON.createArrayNode();
        items.forEach(item -> array.add(render.apply(item)));
        return array;
    }

    private static JsonNode instant(Optional<Instant> instant) {
        return instant.<JsonNode>map(i -> ShopifyServer.JSON.getNodeFactory().stringNode(i.toString()))
                .orElse(ShopifyServer.JSON.nullNode());
    }
}

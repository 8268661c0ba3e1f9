package dev.gorgiasbridge.adapters.shopify;

import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.customer.CustomerKey.ShopifyCustomer;
import dev.gorgiasbridge.domain.customer.InvalidCustomerKey;
import dev.gorgiasbridge.domain.shipment.CutOffList;
import dev.gorgiasbridge.domain.shipment.DeliveryMethodType;
import dev.gorgiasbridge.domain.shipment.Fulfillment;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrder;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderLineItem;
import dev.gorgiasbridge.domain.shipment.FulfillmentOrderStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.LineItem;
import dev.gorgiasbridge.domain.shipment.Order;
import dev.gorgiasbridge.domain.shipment.OrderFulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.TrackingInfo;
import dev.gorgiasbridge.domain.shipment.Unrecognised;
import dev.gorgiasbridge.domain.text.VisibleText;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Reads the Admin API's order JSON into domain orders. Unknown fields are ignored; an enum value this version
 * does not know is kept as Shopify sent it (the domain's {@code Unrecognised}) and reported once at WARN
 * (Shopify adds values between versions). A missing field the query asked for is an
 * {@link IllegalArgumentException}, as the answer cannot then be trusted.
 */
final class OrderJson {
    private OrderJson() {
    }

    /** The orders of a {@code nodes} list, skipping the {@code null}s {@code nodes(ids:)} gives for deleted ones. */
    static List<Order> orders(JsonNode nodes) {
        return orders(elements(nodes));
    }

    static List<Order> orders(List<JsonNode> nodes) {
        return nodes.stream().filter(JsonNode::isObject).map(OrderJson::order).toList();
    }

    /**
     * Reads the orders of one lookup, leaving out an order that cannot be read (logged at WARN with its id and
     * the reason, never customer data) and counting it, so one broken order does not hide the others.
     */
    static final class Reading {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OrderJson.class);
        private int unreadable;
        private String firstProblem = "";

        List<Order> orders(List<JsonNode> nodes) {
            List<Order> read = new java.util.ArrayList<>();
            for (JsonNode node : nodes) {
                if (!node.isObject()) {
                    continue;
                }
                try {
                    read.add(order(node));
                } catch (IllegalArgumentException malformed) {
                    unreadable++;
                    String problem = GraphqlExchange.printable(String.valueOf(malformed.getMessage()));
                    firstProblem = firstProblem.isEmpty() ? problem : firstProblem;
                    LOG.warn("Left out Shopify order {}: it cannot be read ({}); the note says an order is not shown",
                            optionalText(node, "id").map(GraphqlExchange::printable).orElse("(no id)"), problem);
                }
            }
            return read;
        }

        int unreadable() {
            return unreadable;
        }

        String firstProblem() {
            return firstProblem;
        }
    }

    static List<String> ids(JsonNode nodes) {
        return elements(nodes).stream().map(node -> text(node, "id")).toList();
    }

    static Order order(JsonNode node) {
        return new Order(visible(node, "name"), instant(node, "createdAt"), optionalInstant(node, "cancelledAt"),
                orderStatus(optionalText(node, "displayFulfillmentStatus").orElse(null)),
                customer(node.path("customer")),
                list(node.path("lineItems").path("nodes"), OrderJson::lineItem),
                list(node.path("fulfillments"), OrderJson::fulfillment),
                list(node.path("fulfillmentOrders").path("nodes"), OrderJson::fulfillmentOrder),
                cutOff(node));
    }

    /**
     * The lists of this order's answer that may hold more than the query asked for: a connection whose
     * {@code pageInfo.hasNextPage} is true, or a list with no page info asked that came back full
     * (docs/architecture.md, "Lists that may be cut off").
     */
    static List<CutOffList> cutOff(JsonNode order) {
        List<CutOffList> cut = new java.util.ArrayList<>();
        if (hasNextPage(order.path("lineItems"))) {
            cut.add(new CutOffList(CutOffList.Part.ITEMS, OrderQueries.LINE_ITEMS));
        }
        if (elements(order.path("fulfillments")).size() >= OrderQueries.FULFILLMENTS) {
            cut.add(new CutOffList(CutOffList.Part.PACKAGES, OrderQueries.FULFILLMENTS));
        }
        if (elements(order.path("fulfillments")).stream().anyMatch(fulfillment -> full(
                fulfillment.path("fulfillmentLineItems"), OrderQueries.FULFILLMENT_LINE_ITEMS))) {
            cut.add(new CutOffList(CutOffList.Part.PACKAGE_CONTENTS, OrderQueries.FULFILLMENT_LINE_ITEMS));
        }
        if (hasNextPage(order.path("fulfillmentOrders"))) {
            cut.add(new CutOffList(CutOffList.Part.FULFILLMENT_ORDERS, OrderQueries.FULFILLMENT_ORDERS));
        }
        if (elements(order.path("fulfillmentOrders").path("nodes")).stream().anyMatch(fo -> full(
                fo.path("lineItems"), OrderQueries.FULFILLMENT_ORDER_LINE_ITEMS))) {
            cut.add(new CutOffList(CutOffList.Part.FULFILLMENT_ORDER_ITEMS, OrderQueries.FULFILLMENT_ORDER_LINE_ITEMS));
        }
        return cut;
    }

    private static boolean hasNextPage(JsonNode connection) {
        return connection.path("pageInfo").path("hasNextPage").asBoolean(false);
    }

    private static boolean full(JsonNode connection, int first) {
        return hasNextPage(connection) || elements(connection.path("nodes")).size() >= first;
    }

    private static LineItem lineItem(JsonNode node) {
        return new LineItem(visible(node, "name"), quantity(node, "quantity"), quantity(node, "currentQuantity"),
                quantity(node, "unfulfilledQuantity"), flag(node, "requiresShipping"));
    }

    private static Fulfillment fulfillment(JsonNode node) {
        return new Fulfillment(fulfillmentStatus(optionalText(node, "status").orElse(null)),
                reported("Fulfillment.displayStatus", FulfillmentDisplayStatus.class,
                        FulfillmentDisplayStatus.fromShopify(optionalText(node, "displayStatus").orElse(null))),
                instant(node, "createdAt"), optionalInstant(node, "inTransitAt"), optionalInstant(node, "deliveredAt"),
                optionalInstant(node, "estimatedDeliveryAt"),
                list(node.path("trackingInfo"), OrderJson::tracking),
                list(node.path("fulfillmentLineItems").path("nodes"), item -> new FulfillmentLineItem(
                        visible(item.path("lineItem"), "name"), quantity(item, "quantity"))));
    }

    private static TrackingInfo tracking(JsonNode node) {
        String company = optionalText(node, "company").map(VisibleText::of).orElse(null);
        String url = optionalText(node, "url").orElse(null);
        try {
            return TrackingInfo.of(company, optionalText(node, "number").map(VisibleText::of).orElse(null), url);
        } catch (IllegalArgumentException unusableNumber) {
            // A carrier's odd number must not hide the rest of the order; the link still leads to it.
            return TrackingInfo.of(company, null, url);
        }
    }

    private static FulfillmentOrder fulfillmentOrder(JsonNode node) {
        return new FulfillmentOrder(
                reported("FulfillmentOrder.status", FulfillmentOrderStatus.class,
                        FulfillmentOrderStatus.fromShopify(optionalText(node, "status").orElse(null))),
                reported("DeliveryMethod.methodType", DeliveryMethodType.class,
                        DeliveryMethodType.fromShopify(optionalText(node.path("deliveryMethod"), "methodType").orElse(null))),
                list(node.path("lineItems").path("nodes"), item -> new FulfillmentOrderLineItem(
                        visible(item.path("lineItem"), "name"), quantity(item, "remainingQuantity"))));
    }

    /** Reports a value the domain kept as {@link Unrecognised}; returns it unchanged. */
    private static <T> T reported(String field, Class<?> mapping, T value) {
        if (value instanceof Unrecognised unknown && !unknown.isMissing()) {
            UnknownShopifyValues.report(field, mapping.getName(), unknown.value());
        }
        return value;
    }

    private static FulfillmentStatus fulfillmentStatus(String value) {
        FulfillmentStatus status = FulfillmentStatus.fromShopify(value);
        if (status == FulfillmentStatus.OTHER && value != null && !value.isBlank()) {
            UnknownShopifyValues.report("Fulfillment.status", FulfillmentStatus.class.getName(), value.strip());
        }
        return status;
    }

    private static OrderFulfillmentStatus orderStatus(String value) {
        OrderFulfillmentStatus status = OrderFulfillmentStatus.fromShopify(value);
        if (status == OrderFulfillmentStatus.OTHER && value != null && !value.isBlank()) {
            UnknownShopifyValues.report("Order.displayFulfillmentStatus", OrderFulfillmentStatus.class.getName(), value.strip());
        }
        return status;
    }

    /** A boolean, also when sent as the string "true" or "false". */
    private static boolean flag(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isString() && (value.stringValue().strip().equalsIgnoreCase("true")
                || value.stringValue().strip().equalsIgnoreCase("false"))) {
            return value.stringValue().strip().equalsIgnoreCase("true");
        }
        throw new IllegalArgumentException(field + " is not true or false");
    }

    /** Guest orders have no customer; an id that is not a customer GID is treated the same way. */
    private static Optional<ShopifyCustomer> customer(JsonNode node) {
        try {
            return optionalText(node, "id").map(CustomerKey::shopify);
        } catch (InvalidCustomerKey notACustomerId) {
            return Optional.empty();
        }
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
        return elements(array).stream().map(read).toList();
    }

    private static List<JsonNode> elements(JsonNode array) {
        return array.isArray() ? StreamSupport.stream(array.spliterator(), false).toList() : List.of();
    }

    /**
     * A text shown to the agent and the customer, without invisible format characters (a zero-width space in a
     * tracking number, a bidi override in a product name), so it reads and matches as it looks.
     */
    private static String visible(JsonNode node, String field) {
        return VisibleText.of(text(node, field));
    }

    private static String text(JsonNode node, String field) {
        return optionalText(node, field).orElseThrow(() -> new IllegalArgumentException("missing " + field));
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
    }

    private static int quantity(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException(field + " is not a whole number");
        }
        return value.intValue();
    }

    private static Instant instant(JsonNode node, String field) {
        return optionalInstant(node, field).orElseThrow(() -> new IllegalArgumentException("missing " + field));
    }

    private static Optional<Instant> optionalInstant(JsonNode node, String field) {
        try {
            return optionalText(node, field).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an ISO-8601 instant", e);
        }
    }
}

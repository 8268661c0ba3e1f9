package dev.gorgiasbridge.adapters.shopify;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.gorgiasbridge.domain.shipment.Order;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A WireMock extension answering like a shop holding some orders: the orders search (by the exact search
 * string, newest first, at most {@code first}), {@code nodes(ids:)} and {@code shop { name }}. It honours the
 * variables rather than canned bodies, so the client's paging and batching are exercised for real.
 */
final class FakeShopifyOrders implements ResponseDefinitionTransformerV2 {
    private record Stored(String gid, Order order) {
    }

    private final Map<String, List<Stored>> bySearch = new ConcurrentHashMap<>();
    private final Map<String, Stored> byId = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(5512345600001L);

    void add(String search, Order order) {
        var stored = new Stored("gid://shopify/Order/" + nextId.getAndIncrement(), order);
        bySearch.computeIfAbsent(search, s -> new CopyOnWriteArrayList<>()).add(stored);
        byId.put(stored.gid(), stored);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        JsonNode request = ShopifyServer.JSON.readTree(event.getRequest().getBodyAsString());
        String document = request.path("query").stringValue();
        JsonNode variables = request.path("variables");
        ObjectNode data = ShopifyServer.JSON.createObjectNode();
        if (document.contains("nodes(ids:")) {
            ArrayNode nodes = data.putArray("nodes");
            variables.path("ids").values().forEach(id -> nodes.add(byId.containsKey(id.stringValue())
                    ? ShopifyOrderRenderer.render(byId.get(id.stringValue()).order(), id.stringValue())
                    : ShopifyServer.JSON.nullNode()));
        } else if (document.contains("orders(")) {
            ArrayNode nodes = data.putObject("orders").putArray("nodes");
            bySearch.getOrDefault(variables.path("query").stringValue(), List.of()).stream()
                    .sorted(Comparator.comparing((Stored s) -> s.order().createdAt()).reversed())
                    .limit(variables.path("first").intValue())
                    .forEach(s -> nodes.add(ShopifyOrderRenderer.render(s.order(), s.gid())));
        } else {
            data.putObject("shop").put("name", "Quilt Corner");
            if (document.contains("currentAppInstallation")) {
                ArrayNode scopes = data.putObject("currentAppInstallation").putArray("accessScopes");
                AccessScopes.REQUIRED.keySet().forEach(scope -> scopes.addObject().put("handle", scope));
            }
        }
        return WireMock.okForContentType("application/json",
                ShopifyServer.JSON.createObjectNode().set("data", data).toString()).build();
    }

    @Override
    public String getName() {
        return "fake-shopify-orders";
    }
}

package dev.gorgiasbridge.adapters.shopify;

import static dev.gorgiasbridge.adapters.shopify.GraphqlExchange.SERVICE;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Permanent;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Unauthorized;
import dev.gorgiasbridge.domain.reply.LookupRefusal;
import tools.jackson.databind.JsonNode;

/**
 * Reads a GraphQL answer that came with HTTP 2xx. Shopify reports throttling and over-expensive queries as
 * {@code errors} beside HTTP 200, so the codes decide: {@code THROTTLED} waits, {@code INTERNAL_SERVER_ERROR}
 * is Shopify failing inside and is retried like a 5xx, {@code ACCESS_DENIED} is a missing scope, and everything
 * else, {@code MAX_COST_EXCEEDED} included, would fail the same way again.
 */
final class GraphqlAnswer {
    private GraphqlAnswer() {
    }

    static JsonNode data(JsonNode root) {
        JsonNode errors = root.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            throw failure(root, errors);
        }
        SearchWarnings.report(root);
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            throw new Permanent(SERVICE, "the answer has no data object", null);
        }
        return data;
    }

    private static RuntimeException failure(JsonNode root, JsonNode errors) {
        for (JsonNode error : errors) {
            String code = error.path("extensions").path("code").isString()
                    ? error.path("extensions").path("code").stringValue()
                    : "";
            switch (code) {
                case "THROTTLED" -> {
                    return new AttemptFailure.Throttled("THROTTLED", ThrottleWaits.fromCost(root));
                }
                case "INTERNAL_SERVER_ERROR" -> {
                    return new AttemptFailure.Transient("INTERNAL_SERVER_ERROR: " + message(error), null);
                }
                case "MAX_COST_EXCEEDED" -> {
                    return new Permanent(SERVICE, "MAX_COST_EXCEEDED: " + message(error), null);
                }
                case "ACCESS_DENIED" -> {
                    return accessDenied(error);
                }
                default -> {
                    // look at the next error: one THROTTLED among them decides
                }
            }
        }
        return new Permanent(SERVICE, "GraphQL error: " + message(errors.get(0)), null);
    }

    /**
     * {@code ACCESS_DENIED} names the scope it wanted in {@code extensions.requiredAccess} or in its message
     * ("Required access: `read_orders` access scope."): that is the scope to grant.
     */
    private static Unauthorized accessDenied(JsonNode error) {
        JsonNode required = error.path("extensions").path("requiredAccess");
        String said = (required.isString() ? required.stringValue() + " " : "") + message(error);
        java.util.regex.Matcher scope = LookupRefusal.SCOPE.matcher(said);
        java.util.Optional<String> wanted = scope.find() ? java.util.Optional.of(scope.group()) : java.util.Optional.empty();
        return new Unauthorized(SERVICE, new LookupRefusal.PermissionDenied("Shopify denied access (ACCESS_DENIED: "
                + message(error) + ")" + wanted.map(s -> ": grant the app the access scope " + s
                + " (docs/shopify-setup.md)").orElse(": check the app's access scopes (docs/shopify-setup.md)"), wanted));
    }

    private static String message(JsonNode error) {
        JsonNode message = error.path("message");
        return message.isString() ? GraphqlExchange.printable(message.stringValue()) : "(no message)";
    }
}

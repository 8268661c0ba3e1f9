package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.retention.port.in.PurgeCustomer;
import dev.gorgiasbridge.application.retention.port.in.Erasure;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/customers/purge} with {@code {"email": "…"}}: erases one customer's data on their
 * request and answers with what was removed, as counts. The address is never logged: the log line would
 * keep what the erasure removed.
 */
final class CustomerEndpoints {
    private static final Logger log = LoggerFactory.getLogger(CustomerEndpoints.class);
    private static final int MAX_BODY = 4_096;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PurgeCustomer purgeCustomer;

    CustomerEndpoints(PurgeCustomer purgeCustomer) {
        this.purgeCustomer = purgeCustomer;
    }

    void purge(Context ctx) {
        CustomerKey.Email customer;
        try {
            byte[] body = ctx.bodyAsBytes();
            if (body.length > MAX_BODY) {
                Problems.send(ctx, 413, "Content Too Large", "the request must be a small JSON object: {\"email\": \"…\"}");
                return;
            }
            JsonNode email = JSON.readTree(body).path("email");
            if (!email.isString()) {
                throw new IllegalArgumentException("no email");
            }
            customer = CustomerKey.email(email.asString());
        } catch (JacksonException | IllegalArgumentException e) {
            // InvalidCustomerKey (not an address) is an IllegalArgumentException too
            Problems.send(ctx, 400, "Bad Request", "send {\"email\": \"customer@example.com\"} with the customer's email address");
            return;
        }
        Erasure erased = purgeCustomer.purge(customer);
        log.info("customer data erased on request by {}: {} customer(s), {} ticket(s), {} note(s), {} event payload(s)",
                (String) ctx.attribute(AdminGuard.SUBJECT), erased.customers(), erased.tickets(), erased.notes(),
                erased.eventPayloads());
        Map<String, Object> removed = new LinkedHashMap<>();
        removed.put("customers", erased.customers());
        removed.put("tickets", erased.tickets());
        removed.put("notes", erased.notes());
        removed.put("event_payloads", erased.eventPayloads());
        Problems.json(ctx, 200, Map.of("removed", removed));
    }
}

package dev.gorgiasbridge.adapters.gorgias;

import static dev.gorgiasbridge.adapters.gorgias.GorgiasJson.flag;
import static dev.gorgiasbridge.adapters.gorgias.GorgiasJson.longValue;
import static dev.gorgiasbridge.adapters.gorgias.GorgiasJson.text;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.Permanent;
import dev.gorgiasbridge.domain.customer.GorgiasIntegration;
import dev.gorgiasbridge.domain.ticket.MessageId;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketCustomer;
import dev.gorgiasbridge.domain.ticket.TicketId;
import dev.gorgiasbridge.domain.ticket.TicketMessage;
import dev.gorgiasbridge.domain.webhook.GorgiasDatetime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads a Gorgias ticket ({@code GET /api/tickets/{id}}) into the domain Ticket. */
final class TicketJson {
    private TicketJson() {
    }

    static Ticket ticket(JsonNode ticket) {
        long id = longValue(ticket.path("id")).orElse(0);
        if (id <= 0) {
            throw new Permanent(GorgiasHttp.SERVICE, "the ticket has no id", null);
        }
        // Gorgias lists messages oldest first; messages without a usable id cannot be referred to and are left out.
        List<TicketMessage> messages = ticket.path("messages").values().stream()
                .filter(message -> longValue(message.path("id")).orElse(0) > 0)
                .map(TicketJson::message)
                .toList();
        return new Ticket(new TicketId(id), text(ticket.path("subject")), text(ticket.path("status")).orElse("unknown"),
                flag(ticket.path("spam")), text(ticket.path("language")), customer(ticket.path("customer")), messages);
    }

    static TicketMessage message(JsonNode message) {
        return new TicketMessage(new MessageId(longValue(message.path("id")).orElseThrow()),
                text(message.path("channel")).orElse(""), flag(message.path("from_agent")),
                text(message.path("external_id")), text(message.path("body_text")),
                text(message.path("created_datetime")).flatMap(GorgiasDatetime::parse),
                // The TicketMessage object: sender {id, email, name}; source {type, from {name, address}, to [...]}.
                text(message.path("sender").path("email")).or(() -> text(message.path("source").path("from").path("address"))));
    }

    /**
     * The addresses of the customer's email channels (the CustomerChannel object: {@code type},
     * {@code address}, {@code preferred}, {@code deleted_datetime}), live ones only, the preferred first.
     */
    private static List<String> emailChannels(JsonNode channels) {
        return channels.values().stream()
                .filter(JsonNode::isObject)
                .filter(channel -> text(channel.path("type")).filter(type -> type.strip().equalsIgnoreCase("email")).isPresent())
                .filter(channel -> text(channel.path("deleted_datetime")).isEmpty())
                .sorted(Comparator.comparing((JsonNode channel) -> !flag(channel.path("preferred"))))
                .flatMap(channel -> text(channel.path("address")).stream())
                .toList();
    }

    private static TicketCustomer customer(JsonNode customer) {
        List<JsonNode> entries = customer.path("integrations").values().stream().filter(JsonNode::isObject).toList();
        List<GorgiasIntegration> integrations = entries.stream()
                .map(entry -> GorgiasIntegration.of(text(entry.path("__integration_type__")).orElse(null),
                        text(entry.path("customer").path("id")).orElse(null)))
                .toList();
        // Order facts come from the Shopify integration's customer object, the first that has one.
        Optional<JsonNode> shopify = entries.stream()
                .filter(entry -> GorgiasIntegration.of(text(entry.path("__integration_type__")).orElse(null), null).isShopify())
                .map(entry -> entry.path("customer"))
                .filter(JsonNode::isObject)
                .findFirst();
        Optional<Integer> ordersCount = shopify.map(c -> c.path("orders_count"))
                .filter(n -> n.isIntegralNumber() && n.canConvertToInt()).map(JsonNode::intValue);
        return new TicketCustomer(text(customer.path("id")), text(customer.path("email")), text(customer.path("name")),
                integrations, ordersCount, shopify.flatMap(c -> text(c.path("total_spent"))),
                emailChannels(customer.path("channels")), text(customer.path("firstname")));
    }
}

package dev.gorgiasbridge.domain.note;

import dev.gorgiasbridge.domain.reply.LookupRefusal;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.reply.TemplateReply;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.util.List;
import java.util.Optional;

/** Small factory of note facts for tests: Maria Keller's ticket from the Gorgias contract fixture. */
final class Notes {
    static final TicketId TICKET = new TicketId(91_234_567L);

    private Notes() {
    }

    /** Facts with orders found and the template draft made from them. */
    static NoteFacts withOrders(ShipmentAnalysis... newestFirst) {
        return withOrders("Maria Keller", newestFirst);
    }

    static NoteFacts withOrders(String customerName, ShipmentAnalysis... newestFirst) {
        var orders = List.of(newestFirst);
        var draft = TemplateReply.draft(new ReplyFacts(Optional.of(customerName), orders, LookupStatus.ORDERS_FOUND,
                Optional.empty(), Optional.empty(), Optional.empty()));
        return facts(customerName, LookupStatus.ORDERS_FOUND, orders, draft);
    }

    static NoteFacts withoutOrders(LookupStatus lookup) {
        return facts("Maria Keller", lookup, List.of(), TemplateReply.draft(ReplyFacts.withoutOrders(lookup, Optional.of("Maria"))));
    }

    static NoteFacts refused(LookupRefusal refusal) {
        return new NoteFacts(TICKET, Optional.of("Maria Keller"), Optional.of("maria.keller@example.com"),
                LookupStatus.SHOPIFY_REFUSED, List.of(), TemplateReply.draft(ReplyFacts.withoutOrders(
                LookupStatus.SHOPIFY_REFUSED, Optional.of("Maria"))), "Gorgias Bridge", "0.1.0", Optional.of(refusal));
    }

    static NoteFacts facts(String customerName, LookupStatus lookup, List<ShipmentAnalysis> orders, ReplyDraft draft) {
        return new NoteFacts(TICKET, Optional.of(customerName), Optional.of("maria.keller@example.com"), lookup, orders,
                draft, "Gorgias Bridge", "0.1.0");
    }

    static NoteFacts withDraft(NoteFacts facts, ReplyDraft draft) {
        return new NoteFacts(facts.ticket(), facts.customerName(), facts.customerEmail(), facts.lookup(), facts.orders(),
                draft, facts.serviceName(), facts.serviceVersion());
    }
}

package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.retention.port.in.Erasure;
import dev.gorgiasbridge.application.retention.port.out.PersonalData;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Retention and erasure over the other in-memory fakes, as the schema's cascades do it in PostgreSQL
 * (both pass PersonalDataContract).
 */
public final class InMemoryPersonalData implements PersonalData {
    private final InMemoryEventInbox inbox;
    private final InMemoryCustomerDirectory directory;
    private final InMemoryNoteLedger ledger;

    public InMemoryPersonalData(InMemoryEventInbox inbox, InMemoryCustomerDirectory directory, InMemoryNoteLedger ledger) {
        this.inbox = inbox;
        this.directory = directory;
        this.ledger = ledger;
    }

    @Override
    public int purgeFinishedPayloads(Instant finishedBefore) {
        return inbox.purgeFinishedPayloads(finishedBefore);
    }

    @Override
    public synchronized Erasure erase(CustomerKey.Email customer) {
        Pattern mention = Pattern.compile("(?<![a-z0-9._%+-])" + Pattern.quote(customer.address())
                + "(?![a-z0-9_-]|\\.[a-z0-9])", Pattern.CASE_INSENSITIVE);
        Set<CustomerKey> customers = directory.customersWith(customer);
        Set<TicketId> tickets = directory.ticketsOf(customers);
        int payloads = inbox.erasePayloads(e -> tickets.contains(e.ticketId()) || mention.matcher(decoded(e.payload())).find());
        int notes = ledger.removeOn(tickets);
        int ticketRows = directory.forget(tickets);
        return new Erasure(customers.size(), ticketRows, notes, payloads);
    }

    /** The payload's text with its JSON escapes decoded, as PostgreSQL's payload_text_values reads it. */
    static String decoded(String json) {
        StringBuilder text = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 == json.length()) {
                text.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'r' -> text.append('\r');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'u' -> {
                    if (i + 4 < json.length() && json.substring(i + 1, i + 5).matches("[0-9A-Fa-f]{4}")) {
                        text.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        text.append("\\u");
                    }
                }
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }
}

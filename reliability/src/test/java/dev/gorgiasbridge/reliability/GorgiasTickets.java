package dev.gorgiasbridge.reliability;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gorgias's ticket messages with state, inside WireMock: a posted note is on its ticket from the moment
 * the request arrives, even if the poster dies before reading the answer, and listing the ticket's
 * messages shows it. That is what makes "found on the ticket, not posted again" testable across kill -9.
 */
final class GorgiasTickets implements ResponseDefinitionTransformerV2 {
    static final String NAME = "gorgias-tickets";
    private static final Pattern MESSAGES = Pattern.compile("/api/tickets/(\\d+)/messages/?");
    private static final Pattern EXTERNAL_ID = Pattern.compile("\"external_id\"\\s*:\\s*\"([^\"]+)\"");

    private final Map<Long, List<String>> notesByTicket = new HashMap<>();
    private final List<String> posted = new ArrayList<>();
    private long nextMessageId = 330_000_001L;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        var request = event.getRequest();
        Matcher path = MESSAGES.matcher(URI.create(request.getUrl()).getPath());
        if (!path.matches()) {
            return answer(404, "{\"error\":{\"msg\":\"Resource not found.\"}}");
        }
        long ticket = Long.parseLong(path.group(1));
        List<String> notes = notesByTicket.computeIfAbsent(ticket, t -> new ArrayList<>());
        if ("POST".equals(request.getMethod().getName())) {
            Matcher id = EXTERNAL_ID.matcher(request.getBodyAsString());
            String externalId = id.find() ? id.group(1) : "(none)";
            notes.add(externalId);
            posted.add(externalId);
            return answer(201, message(nextMessageId++, ticket, externalId));
        }
        var data = new StringBuilder("[");
        for (int i = 0; i < notes.size(); i++) {
            data.append(i == 0 ? "" : ",").append(message(330_000_000L - i, ticket, notes.get(i)));
        }
        return answer(200, "{\"data\":" + data + "],\"meta\":{\"next_cursor\":null}}");
    }

    /** Every external id posted, in arrival order; one twice would be a note posted twice. */
    synchronized List<String> posted() {
        return List.copyOf(posted);
    }

    private static String message(long id, long ticket, String externalId) {
        return "{\"id\":" + id + ",\"ticket_id\":" + ticket + ",\"channel\":\"internal-note\",\"via\":\"api\","
                + "\"from_agent\":true,\"public\":false,\"external_id\":\"" + externalId + "\","
                + "\"body_text\":\"note\",\"created_datetime\":\"2026-01-06T16:40:05.000000+00:00\"}";
    }

    private static ResponseDefinition answer(int status, String json) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(json).build();
    }
}

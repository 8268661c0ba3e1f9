package dev.gorgiasbridge.adapters.gorgias;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stateful Gorgias inside WireMock for the port contract: tickets, posting messages on them, and
 * listing them page by page with cursors, as the documented API does.
 */
final class SimulatedGorgias implements ResponseDefinitionTransformerV2 {
    static final String NAME = "simulated-gorgias";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TICKET = Pattern.compile("/api/tickets/(\\d+)/?");
    private static final Pattern MESSAGES = Pattern.compile("/api/tickets/(\\d+)/messages/?");

    private final Map<Long, ObjectNode> tickets = new HashMap<>();
    private long nextMessageId = 320_000_001L;

    synchronized void add(String ticketJson) {
        ObjectNode ticket = (ObjectNode) JSON.readTree(ticketJson);
        tickets.put(ticket.path("id").longValue(), ticket);
    }

    synchronized void clear() {
        tickets.clear();
    }

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
        Request request = event.getRequest();
        String path = URI.create(request.getUrl()).getPath();
        boolean get = "GET".equals(request.getMethod().getName());
        if (get && "/api/account".equals(path)) {
            return answer(200, "{\"domain\":\"lindas\"}");
        }
        Matcher messages = MESSAGES.matcher(path);
        Matcher ticket = TICKET.matcher(path);
        long id = messages.matches() ? Long.parseLong(messages.group(1))
                : ticket.matches() ? Long.parseLong(ticket.group(1)) : -1;
        ObjectNode found = tickets.get(id);
        if (found == null) {
            return answer(404, "{\"error\":{\"msg\":\"Resource not found.\"}}");
        }
        ArrayNode list = (ArrayNode) found.path("messages");
        if (messages.matches() && !get) {
            ObjectNode created = (ObjectNode) JSON.readTree(request.getBodyAsString());
            created.put("id", nextMessageId++);
            created.put("ticket_id", id);
            created.put("created_datetime", "2026-01-06T16:40:05.000000+00:00");
            list.add(created);
            return answer(201, JSON.writeValueAsString(created));
        }
        if (messages.matches()) {
            int limit = Integer.parseInt(param(request, "limit", "30"));
            int from = Integer.parseInt(param(request, "cursor", "0"));
            ObjectNode page = JSON.createObjectNode();
            ArrayNode data = page.putArray("data");
            for (int i = from; i < Math.min(list.size(), from + limit); i++) {
                data.add(list.get(i));
            }
            ObjectNode meta = page.putObject("meta");
            if (from + limit < list.size()) {
                meta.put("next_cursor", Integer.toString(from + limit));
            } else {
                meta.putNull("next_cursor");
            }
            return answer(200, JSON.writeValueAsString(page));
        }
        return answer(200, JSON.writeValueAsString((JsonNode) found));
    }

    private static String param(Request request, String name, String otherwise) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : otherwise;
    }

    private static ResponseDefinition answer(int status, String json) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(json).build();
    }
}

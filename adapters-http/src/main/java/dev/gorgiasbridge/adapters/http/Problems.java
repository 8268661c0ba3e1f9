package dev.gorgiasbridge.adapters.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes error answers as RFC 9457 problem documents ({@code application/problem+json}). Details are
 * written for the caller and never contain secrets or stack traces.
 */
final class Problems {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SENT = "gorgias_bridge_problem_sent";

    private Problems() {
    }

    static void send(Context ctx, int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        String requestId = ctx.attribute(RequestIds.ATTRIBUTE);
        if (requestId != null) {
            body.put("request_id", requestId);
        }
        ctx.attribute(SENT, status);
        ctx.status(status).contentType("application/problem+json").result(JSON.writeValueAsString(body));
    }

    /**
     * Sends the generic problem for {@code status} unless the handler already answered this status with a
     * problem of its own (an endpoint's 404 "no event …" must not become "no such endpoint").
     */
    static void sendUnlessAnswered(Context ctx, int status, String title, String detail) {
        if (!Integer.valueOf(status).equals(ctx.attribute(SENT))) {
            send(ctx, status, title, detail);
        }
    }

    static void json(Context ctx, int status, Map<String, ?> body) {
        ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
    }
}

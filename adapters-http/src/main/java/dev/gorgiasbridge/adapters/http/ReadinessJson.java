package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.readiness.port.in.ReadinessReport;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The readiness checklist as JSON, one shape for {@code GET /api/readiness} and {@code doctor --json}. */
public final class ReadinessJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReadinessJson() {
    }

    /** @param judgedAs the environment whose rules the configuration was judged by */
    public static String write(ReadinessReport report, String judgedAs) {
        return JSON.writeValueAsString(body(report, judgedAs));
    }

    static Map<String, Object> body(ReadinessReport report, String judgedAs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verdict", report.verdict().name().toLowerCase(Locale.ROOT));
        body.put("judged_as", judgedAs);
        body.put("checked_at", report.checkedAt().toString());
        body.put("findings", report.findings().stream().map(f -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("item", f.item());
            json.put("verdict", f.verdict().name().toLowerCase(Locale.ROOT));
            json.put("reason", f.reason());
            return json;
        }).toList());
        return body;
    }
}

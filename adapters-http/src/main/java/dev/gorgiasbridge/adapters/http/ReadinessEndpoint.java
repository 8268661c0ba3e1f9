package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.port.in.AssessReadiness;
import dev.gorgiasbridge.application.port.in.ReadinessReport;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code GET /api/readiness}: the go-live checklist, the same lines as the {@code doctor} command. */
final class ReadinessEndpoint {
    private final AssessReadiness readiness;

    ReadinessEndpoint(AssessReadiness readiness) {
        this.readiness = readiness;
    }

    void readiness(Context ctx) {
        ReadinessReport report = readiness.assess();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verdict", report.verdict().name().toLowerCase(Locale.ROOT));
        body.put("checked_at", report.checkedAt().toString());
        body.put("findings", report.findings().stream().map(f -> Map.of("item", f.item(),
                "verdict", f.verdict().name().toLowerCase(Locale.ROOT), "reason", f.reason())).toList());
        Problems.json(ctx, 200, body);
    }
}

package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.port.in.HealthReport;
import dev.gorgiasbridge.application.port.in.AssessHealth;
import dev.gorgiasbridge.application.port.out.ComponentHealth;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health/live} (the process runs), {@code GET /health/ready} and {@code GET /health} (every
 * component checked live; 503 while a required one is down, 200 when merely degraded).
 */
public final class HealthEndpoints {
    private final AssessHealth health;

    public HealthEndpoints(AssessHealth health) {
        this.health = health;
    }

    static void live(Context ctx) {
        Problems.json(ctx, 200, Map.of("status", "UP"));
    }

    void ready(Context ctx) {
        report(ctx, false);
    }

    void full(Context ctx) {
        report(ctx, true);
    }

    private void report(Context ctx, boolean details) {
        HealthReport report = health.assess();
        Map<String, Object> components = new LinkedHashMap<>();
        report.components().forEach((name, component) -> components.put(name, component(component, details)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.status().name());
        body.put("checked_at", report.checkedAt().toString());
        body.put("components", components);
        Problems.json(ctx, report.status() == ComponentHealth.Status.DOWN ? 503 : 200, body);
    }

    private static Map<String, Object> component(HealthReport.Component component, boolean details) {
        ComponentHealth health = component.health();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", health.status().name());
        json.put("required", component.required());
        json.put("latency_ms", health.latency().toMillis());
        health.error().ifPresent(error -> json.put("error", error));
        if (details && !health.details().isEmpty()) {
            json.put("details", health.details());
        }
        return json;
    }
}

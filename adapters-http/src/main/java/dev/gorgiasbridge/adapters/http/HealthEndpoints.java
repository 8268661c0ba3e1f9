package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.health.port.in.AssessHealth;
import dev.gorgiasbridge.application.health.port.in.ComponentHealth;
import dev.gorgiasbridge.application.health.port.in.HealthReport;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health/live} (the process runs), {@code GET /health/ready} (the service can take webhooks:
 * the database answers; 503 otherwise, whatever Gorgias, Shopify or Redis do) and {@code GET /health}
 * (every component's status, with the reason when it is not up; 503 while a required one is down, 200
 * when merely degraded). Public and unauthenticated, so they show statuses and reasons only: queue sizes
 * and pool usage are in {@code /metrics} and the admin API.
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
        report(ctx, health.assessRequired());
    }

    void full(Context ctx) {
        report(ctx, health.assess());
    }

    private static void report(Context ctx, HealthReport report) {
        Map<String, Object> components = new LinkedHashMap<>();
        report.components().forEach((name, component) -> components.put(name, component(component)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.status().name());
        body.put("checked_at", report.checkedAt().toString());
        body.put("components", components);
        ctx.header("Cache-Control", "no-store");
        Problems.json(ctx, report.status() == ComponentHealth.Status.DOWN ? 503 : 200, body);
    }

    private static Map<String, Object> component(HealthReport.Component component) {
        ComponentHealth health = component.health();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", health.status().name());
        json.put("required", component.required());
        json.put("latency_ms", health.latency().toMillis());
        health.error().ifPresent(error -> json.put("error", error));
        return json;
    }
}

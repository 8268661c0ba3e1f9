package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.ingest.port.in.WebhookOutcome;
import dev.gorgiasbridge.application.stats.port.in.MeasureSuccess;
import dev.gorgiasbridge.application.stats.port.in.Share;
import dev.gorgiasbridge.application.stats.port.in.SuccessReport;
import dev.gorgiasbridge.application.stats.port.in.WindowCounts;
import dev.gorgiasbridge.domain.enrichment.StageOutcome.Result;
import dev.gorgiasbridge.domain.webhook.EventStatus;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /api/stats?window=24h}: the staging success criteria over the window (each with its counts
 * and rate, null when nothing was counted), the window's events period by period, events per hour by
 * status for the last 48 h, and the queue.
 */
final class StatsEndpoint {
    private static final Pattern WINDOW = Pattern.compile("(\\d{1,5})([mhd])");

    private final MeasureSuccess measure;
    private final boolean aiDrafting;

    /** @param aiDrafting whether an AI drafter is configured; without one the AI criterion does not apply */
    StatsEndpoint(MeasureSuccess measure, boolean aiDrafting) {
        this.measure = measure;
        this.aiDrafting = aiDrafting;
    }

    void stats(Context ctx) {
        String raw = ctx.queryParam("window");
        Matcher m = WINDOW.matcher(raw == null || raw.isBlank() ? "24h" : raw.strip().toLowerCase(Locale.ROOT));
        SuccessReport report;
        try {
            if (!m.matches()) {
                throw new IllegalArgumentException("bad window");
            }
            long n = Long.parseLong(m.group(1));
            report = measure.measure(switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
        } catch (IllegalArgumentException e) {
            Problems.send(ctx, 400, "Bad Request", "window must be minutes, hours or days between 1m and 30d, e.g. 24h");
            return;
        }
        Problems.json(ctx, 200, body(report, m.group(0)));
    }

    private Map<String, Object> body(SuccessReport report, String window) {
        WindowCounts counts = report.counts();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("window", window);
        body.put("from", report.from().toString());
        body.put("to", report.to().toString());
        body.put("webhooks", webhooks(report));
        body.put("processing", share(report.processing(), "done", counts.events(EventStatus.DONE),
                "skipped", counts.events(EventStatus.SKIPPED), "dead", counts.events(EventStatus.DEAD),
                "unfinished", counts.events(EventStatus.PENDING) + counts.events(EventStatus.PROCESSING)
                        + counts.events(EventStatus.RETRY)));
        body.put("shopify_lookups", share(report.shopifyLookups(), "degraded", counts.orderLookups(Result.DEGRADED),
                "skipped", counts.orderLookups(Result.SKIPPED)));
        body.put("ai_drafts", aiDrafts(report, counts));
        body.put("notes_posted", share(report.notesPosted()));
        body.put("duplicates", Map.of("total", report.duplicates(), "events_posted_twice", counts.eventsPostedTwice(),
                "tickets_with_repeated_notes", counts.ticketsWithRepeatedNotes()));
        Map<String, Object> events = new LinkedHashMap<>();
        for (EventStatus status : EventStatus.values()) {
            events.put(status.dbValue(), counts.events(status));
        }
        body.put("events_by_status", events);
        Map<String, Object> timeline = new LinkedHashMap<>();
        timeline.put("period_seconds", report.timeline().period().toSeconds());
        timeline.put("periods", report.timeline().periods().stream().map(period -> byStatus("start", period)).toList());
        body.put("timeline", timeline);
        body.put("events_per_hour", report.hours().stream().map(hour -> byStatus("hour", hour)).toList());
        Map<String, Object> queue = new LinkedHashMap<>();
        for (EventStatus status : EventStatus.values()) {
            queue.put(status.dbValue(), report.queue().count(status));
        }
        queue.put("oldest_due_seconds", report.queue().oldestDueWaiting().map(Duration::toSeconds).orElse(null));
        body.put("queue", queue);
        body.put("dead", report.queue().count(EventStatus.DEAD));
        return body;
    }

    /**
     * Notes drafted by the AI and by the template, each note once however many attempts it took. A template draft that
     * stood in for the AI is a fallback with its reason, not a failure: the note was posted all the same.
     */
    private Map<String, Object> aiDrafts(SuccessReport report, WindowCounts counts) {
        Map<String, Long> reasons = fallbackReasons(counts);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ai", counts.aiDrafts());
        json.put("template", counts.templateDrafts());
        json.put("rate", report.aiDrafts().rate().orElse(null));
        json.put("configured", aiDrafting);
        json.put("fallback_to_template", reasons.values().stream().mapToLong(Long::longValue).sum());
        json.put("fallback_reasons", reasons);
        return json;
    }

    /** Why the template stood in for the AI over the window, most frequent first (ties by name). */
    private static Map<String, Long> fallbackReasons(WindowCounts counts) {
        Map<String, Long> reasons = new LinkedHashMap<>();
        counts.aiFallbacks().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> reasons.put(e.getKey(), e.getValue()));
        return reasons;
    }

    private static Map<String, Object> byStatus(String startName, SuccessReport.Hour period) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(startName, period.start().toString());
        period.byStatus().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> json.put(e.getKey().dbValue(), e.getValue()));
        return json;
    }

    /**
     * Every delivery received in the window, refused ones included (counted apart, as they are never
     * stored): how many passed authentication, and why the others were refused.
     */
    private static Map<String, Object> webhooks(SuccessReport report) {
        Share authenticated = report.webhooksAuthenticated();
        Map<String, Object> byOutcome = new LinkedHashMap<>();
        long refused = 0;
        for (WebhookOutcome outcome : WebhookOutcome.values()) {
            long n = report.deliveries().getOrDefault(outcome, 0L);
            byOutcome.put(outcome.name().toLowerCase(Locale.ROOT), n);
            refused += outcome.refused() ? n : 0;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("accepted", report.counts().received());
        json.put("received", authenticated.succeeded() + authenticated.failed());
        json.put("authenticated", authenticated.succeeded());
        json.put("refused", refused);
        json.put("by_outcome", byOutcome);
        json.put("authenticated_rate", authenticated.rate().orElse(null));
        return json;
    }

    private static Map<String, Object> share(Share share, Object... extra) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("succeeded", share.succeeded());
        json.put("failed", share.failed());
        json.put("rate", share.rate().orElse(null));
        for (int i = 0; i < extra.length; i += 2) {
            json.put((String) extra[i], extra[i + 1]);
        }
        return json;
    }
}

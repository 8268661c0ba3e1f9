package dev.gorgiasbridge.adapters.http;

import dev.gorgiasbridge.application.readiness.port.in.AssessReadiness;
import io.javalin.http.Context;

/** {@code GET /api/readiness}: the go-live checklist, the same lines as the {@code doctor} command. */
final class ReadinessEndpoint {
    private final AssessReadiness readiness;
    private final String judgedAs;

    ReadinessEndpoint(AssessReadiness readiness, String judgedAs) {
        this.readiness = readiness;
        this.judgedAs = judgedAs;
    }

    void readiness(Context ctx) {
        Problems.json(ctx, 200, ReadinessJson.body(readiness.assess(), judgedAs));
    }
}

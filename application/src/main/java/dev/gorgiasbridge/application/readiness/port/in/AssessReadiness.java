package dev.gorgiasbridge.application.readiness.port.in;

/** Runs the go-live checklist now: configuration, secrets, database, Redis, Gorgias and Shopify. */
public interface AssessReadiness {

    ReadinessReport assess();
}

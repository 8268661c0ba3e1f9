package dev.gorgiasbridge.application.health.port.in;

/** Tells operators and load balancers the truth about the service's health. */
public interface AssessHealth {

    /** Every component: what is required to take webhooks, and what only degrades the service when lost. */
    HealthReport assess();

    /**
     * Only what taking webhooks needs (the database): what a load balancer asks, so an outage of Gorgias,
     * Shopify, the AI endpoint or Redis never takes an instance out of rotation.
     */
    HealthReport assessRequired();
}

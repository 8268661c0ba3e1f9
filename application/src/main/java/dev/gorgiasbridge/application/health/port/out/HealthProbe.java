package dev.gorgiasbridge.application.health.port.out;

import dev.gorgiasbridge.application.health.port.in.ComponentHealth;

/** One component's live health check (database, Redis, Gorgias, Shopify, queue…). */
public interface HealthProbe {

    /** The component's name in health reports, e.g. {@code database}. */
    String component();

    /** Whether the service is unusable while this component is down (answer 503) or only degraded. */
    boolean required();

    /** Checks the component now; never throws (a failure is a {@code DOWN} answer). */
    ComponentHealth probe();
}

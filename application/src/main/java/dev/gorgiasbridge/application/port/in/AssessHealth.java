package dev.gorgiasbridge.application.port.in;


/** Tells operators the truth about the service's health: every component checked live. */
public interface AssessHealth {

    HealthReport assess();
}

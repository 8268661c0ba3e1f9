package dev.gorgiasbridge.application.processing.port.out;

/** How one attempt at an event ended, as counted: its final state, or another attempt later. */
public enum AttemptEnding { DONE, SKIPPED, RETRY, DEAD }

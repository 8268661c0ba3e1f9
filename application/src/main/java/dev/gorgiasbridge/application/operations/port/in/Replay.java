package dev.gorgiasbridge.application.operations.port.in;

/** What a replay request found; {@code PAYLOAD_PURGED}: its payload was deleted (retention or erasure). */
public enum Replay { REPLAYED, NOT_FOUND, IN_FLIGHT, PAYLOAD_PURGED }

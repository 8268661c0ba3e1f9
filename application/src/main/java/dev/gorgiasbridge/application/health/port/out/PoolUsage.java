package dev.gorgiasbridge.application.health.port.out;

/** The database connection pool right now (docs/runbook.md): connections in use, idle, threads waiting, and the cap. */
public record PoolUsage(int active, int idle, int waiting, int max) {
}

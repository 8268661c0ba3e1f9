package dev.gorgiasbridge.application.planted;

import dev.gorgiasbridge.application.planted.port.out.PlantedOutPort;

/** A use case's implementation, for ArchitectureRulesFailTest: adapters must not reach for it. */
public final class PlantedService {
    private final PlantedOutPort port;

    public PlantedService(PlantedOutPort port) {
        this.port = port;
    }

    public String run() {
        return port.fetch();
    }
}

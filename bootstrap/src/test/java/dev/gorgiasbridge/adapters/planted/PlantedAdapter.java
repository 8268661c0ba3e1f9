package dev.gorgiasbridge.adapters.planted;

import dev.gorgiasbridge.application.planted.PlantedService;

/** Breaks adapters_use_the_application_through_its_ports_alone: an adapter calling a service. */
public final class PlantedAdapter {
    private final PlantedService service;

    public PlantedAdapter(PlantedService service) {
        this.service = service;
    }

    public String handle() {
        return service.run();
    }
}

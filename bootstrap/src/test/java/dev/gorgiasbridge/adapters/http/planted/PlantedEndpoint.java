package dev.gorgiasbridge.adapters.http.planted;

import dev.gorgiasbridge.application.planted.port.out.PlantedOutPort;

/** Breaks the_http_adapter_reaches_the_application_through_in_ports_alone: a handler calling an out-port. */
public final class PlantedEndpoint {
    private final PlantedOutPort port;

    public PlantedEndpoint(PlantedOutPort port) {
        this.port = port;
    }

    public String handle() {
        return port.fetch();
    }
}

package dev.gorgiasbridge.application.planted.port.in;

import dev.gorgiasbridge.application.planted.port.out.PlantedOutPort;

/** Breaks in_ports_never_depend_on_out_ports: an in-port handing out an out-port. */
public interface PlantedUseCase {
    PlantedOutPort source();
}

package dev.gorgiasbridge.application.planted.port.in;

/** Breaks ports_hold_interfaces_and_the_values_they_exchange: behaviour in a port package. */
public final class PlantedHelper {
    public String help() {
        return "a service in the port's clothes";
    }
}

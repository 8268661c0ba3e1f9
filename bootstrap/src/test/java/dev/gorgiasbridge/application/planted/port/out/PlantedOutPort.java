package dev.gorgiasbridge.application.planted.port.out;

/** A driven port, for ArchitectureRulesFailTest: the rules must reject the classes that use it wrongly. */
public interface PlantedOutPort {
    String fetch();
}

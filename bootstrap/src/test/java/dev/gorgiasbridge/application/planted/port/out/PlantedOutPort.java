package dev.gorgiasbridge.application.planted.port.out;

import dev.gorgiasbridge.application.processing.port.in.Lease;

/**
 * A driven port, for ArchitectureRulesFailTest: the rules must reject the classes that use it wrongly, and its
 * boolean answer to a write under a lease breaks lease_writes_answer_with_a_type_not_a_boolean.
 */
public interface PlantedOutPort {
    String fetch();

    boolean extend(Lease lease);
}

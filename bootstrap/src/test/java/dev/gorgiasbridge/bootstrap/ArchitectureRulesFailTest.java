package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.gorgiasbridge.adapters.http.planted.PlantedEndpoint;
import dev.gorgiasbridge.adapters.planted.PlantedAdapter;
import dev.gorgiasbridge.application.planted.PlantedService;
import dev.gorgiasbridge.application.planted.port.in.PlantedHelper;
import dev.gorgiasbridge.application.planted.port.in.PlantedUseCase;
import dev.gorgiasbridge.application.planted.port.out.PlantedOutPort;
import dev.gorgiasbridge.domain.planted.PlantedFileReading;
import org.junit.jupiter.api.Test;

/**
 * Each rule of ArchitectureTest added for issue 18 fails on a class planted to break it (test classes in the
 * packages the rule guards), so a rule that silently matches nothing cannot pass for a kept fence.
 */
class ArchitectureRulesFailTest {
    private static final JavaClasses PLANTED = new ClassFileImporter().importClasses(PlantedUseCase.class,
            PlantedHelper.class, PlantedOutPort.class, PlantedService.class, PlantedAdapter.class, PlantedEndpoint.class,
            PlantedFileReading.class);

    @Test
    void an_in_port_using_an_out_port_is_refused() {
        assertViolatedBy(ArchitectureTest.in_ports_never_depend_on_out_ports, PlantedUseCase.class);
    }

    @Test
    void a_class_with_behaviour_among_the_ports_is_refused() {
        assertViolatedBy(ArchitectureTest.ports_hold_interfaces_and_the_values_they_exchange, PlantedHelper.class);
    }

    @Test
    void an_adapter_calling_a_service_is_refused() {
        assertViolatedBy(ArchitectureTest.adapters_use_the_application_through_its_ports_alone, PlantedAdapter.class);
    }

    @Test
    void an_http_handler_using_an_out_port_is_refused() {
        assertViolatedBy(ArchitectureTest.the_http_adapter_reaches_the_application_through_in_ports_alone,
                PlantedEndpoint.class);
    }

    @Test
    void a_lease_write_answering_a_boolean_is_refused() {
        assertViolatedBy(ArchitectureTest.lease_writes_answer_with_a_type_not_a_boolean, PlantedOutPort.class);
    }

    @Test
    void a_domain_class_reading_a_file_is_refused() {
        assertViolatedBy(ArchitectureTest.the_domain_does_no_io, PlantedFileReading.class);
    }

    private static void assertViolatedBy(ArchRule rule, Class<?> planted) {
        EvaluationResult result = rule.evaluate(PLANTED);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).as("the violations name the planted class")
                .allMatch(line -> line.contains(planted.getName()));
    }
}

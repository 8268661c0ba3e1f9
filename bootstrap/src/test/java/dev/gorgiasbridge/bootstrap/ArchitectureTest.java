package dev.gorgiasbridge.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.gorgiasbridge.application.processing.port.in.Lease;

/** The hexagon, enforced: dependencies point inward and each technology stays in its adapter. */
@AnalyzeClasses(packages = "dev.gorgiasbridge",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {
    /** Test fixtures shared as test-jars (e.g. TestPostgres) are tests too, wherever the jar lies. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static final String DOMAIN = "dev.gorgiasbridge.domain..";
    private static final String APPLICATION = "dev.gorgiasbridge.application..";
    private static final String HTTP = "dev.gorgiasbridge.adapters.http..";
    private static final String PERSISTENCE = "dev.gorgiasbridge.adapters.persistence..";
    private static final String GORGIAS = "dev.gorgiasbridge.adapters.gorgias..";
    private static final String SHOPIFY = "dev.gorgiasbridge.adapters.shopify..";
    private static final String AI = "dev.gorgiasbridge.adapters.ai..";
    private static final String METRICS = "dev.gorgiasbridge.adapters.metrics..";
    private static final String BOOTSTRAP = "dev.gorgiasbridge.bootstrap..";
    /** HTTP itself (Retry-After), shared by the outbound HTTP adapters: outside the onion, below them. */
    private static final String UPSTREAM = "dev.gorgiasbridge.upstream..";
    /** Each capability of the application (ingest, processing, operations, ...) keeps its ports apart. */
    private static final String IN_PORTS = "dev.gorgiasbridge.application..port.in..";
    private static final String OUT_PORTS = "dev.gorgiasbridge.application..port.out..";
    private static final String PORTS = "dev.gorgiasbridge.application..port..";
    private static final String ADAPTERS = "dev.gorgiasbridge.adapters..";
    private static final DescribedPredicate<JavaMethod> TAKE_A_LEASE = DescribedPredicate.describe("take a Lease",
            method -> method.getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(Lease.class)));

    @ArchTest
    static final ArchRule the_code_has_the_onion_shape_and_adapters_never_use_each_other = onionArchitecture()
            .domainModels(DOMAIN)
            .applicationServices(APPLICATION)
            .adapter("http", HTTP)
            .adapter("persistence", PERSISTENCE)
            .adapter("gorgias", GORGIAS)
            .adapter("shopify", SHOPIFY)
            .adapter("ai", AI)
            .adapter("metrics", METRICS)
            .withOptionalLayers(true)
            // bootstrap wires every layer by hand; that is its job, and nothing may depend on it (rule below)
            .ignoreDependency(resideInAPackage(BOOTSTRAP), alwaysTrue())
            // a library the outbound HTTP adapters share, not a layer; who may use it is the rule below
            .ignoreDependency(alwaysTrue(), resideInAPackage(UPSTREAM))
            .ensureAllClassesAreContainedInArchitectureIgnoring(BOOTSTRAP, UPSTREAM);

    @ArchTest
    static final ArchRule upstream_http_depends_on_the_jdk_alone = classes().that().resideInAPackage(UPSTREAM)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", UPSTREAM);

    @ArchTest
    static final ArchRule only_the_outbound_http_adapters_use_upstream_http = noClasses()
            .that().resideOutsideOfPackages(GORGIAS, SHOPIFY, AI, UPSTREAM)
            .should().dependOnClassesThat().resideInAPackage(UPSTREAM);

    @ArchTest
    static final ArchRule the_domain_depends_on_the_jdk_alone = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", DOMAIN);

    @ArchTest
    static final ArchRule the_application_depends_on_the_domain_and_the_jdk_alone = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION);

    @ArchTest
    static final ArchRule the_domain_does_no_io = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.io..", "java.net..", "java.sql..", "java.nio.file..", "java.nio.channels..");

    /** Read models live with the in-ports that return them, so a driving adapter never sees a driven port. */
    @ArchTest
    static final ArchRule in_ports_never_depend_on_out_ports = noClasses().that().resideInAPackage(IN_PORTS)
            .should().dependOnClassesThat().resideInAPackage(OUT_PORTS);

    @ArchTest
    static final ArchRule ports_hold_interfaces_and_the_values_they_exchange = classes()
            .that().resideInAPackage(PORTS).and().areTopLevelClasses()
            .should().beInterfaces().orShould().beRecords().orShould().beEnums()
            .orShould().beAssignableTo(Throwable.class);

    /** A write under a lease answers Written or LeaseLost (LeaseWrite), never a boolean to be misread. */
    @ArchTest
    static final ArchRule lease_writes_answer_with_a_type_not_a_boolean = methods()
            .that().areDeclaredInClassesThat().resideInAPackage(PORTS).and(TAKE_A_LEASE)
            .should().notHaveRawReturnType(boolean.class).andShould().notHaveRawReturnType(Boolean.class);

    /** The HTTP adapter drives the application: it calls use cases, never a port the application drives. */
    @ArchTest
    static final ArchRule the_http_adapter_reaches_the_application_through_in_ports_alone = noClasses()
            .that().resideInAPackage(HTTP)
            .should().dependOnClassesThat().resideInAPackage(OUT_PORTS);

    /** Services are the application's inside: adapters reach it through ports (and use domain values). */
    @ArchTest
    static final ArchRule adapters_use_the_application_through_its_ports_alone = noClasses()
            .that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat(resideInAPackage(APPLICATION).and(not(resideInAPackage(PORTS))));

    @ArchTest
    static final ArchRule only_the_http_adapter_uses_javalin_jetty_or_servlets = noClasses()
            .that().resideOutsideOfPackage(HTTP)
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule only_the_persistence_adapter_uses_jdbc_libraries_and_redis = noClasses()
            .that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "com.zaxxer..", "org.flywaydb..",
                    "org.postgresql..", "redis.clients..", "io.github.bucket4j..", "com.github.benmanes.caffeine..");

    @ArchTest
    static final ArchRule only_the_metrics_adapter_uses_micrometer = noClasses()
            .that().resideOutsideOfPackage(METRICS)
            .should().dependOnClassesThat().resideInAnyPackage("io.micrometer..", "io.prometheus..");

    @ArchTest
    static final ArchRule only_the_http_adapter_handles_jwts = noClasses()
            .that().resideOutsideOfPackage(HTTP)
            .should().dependOnClassesThat().resideInAnyPackage("com.auth0..", "com.nimbusds..");

    @ArchTest
    static final ArchRule only_adapters_use_jackson = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule only_bootstrap_starts_the_embedded_database = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage("io.zonky..");

    @ArchTest
    static final ArchRule nothing_depends_on_bootstrap = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP);

    @ArchTest
    static final ArchRule top_level_modules_are_free_of_cycles = slices()
            .matching("dev.gorgiasbridge.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule packages_inside_each_module_are_free_of_cycles = slices()
            .matching("dev.gorgiasbridge.(**)").should().beFreeOfCycles();
}

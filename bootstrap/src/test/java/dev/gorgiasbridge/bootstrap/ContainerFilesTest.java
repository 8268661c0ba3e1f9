package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.bootstrap.config.SettingsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile and compose.yaml, read as text since no Docker engine runs here: a multi-stage build with
 * the Maven Wrapper, the fat jar run as an unprivileged user on the service's port, checked for liveness.
 */
class ContainerFilesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** The Dockerfile's instructions, continuation lines joined, comments dropped. */
    private static List<String> instructions() throws IOException {
        String joined = String.join("\n", Files.readAllLines(ROOT.resolve("Dockerfile")).stream()
                .filter(line -> !line.strip().startsWith("#")).toList()).replace("\\\n", " ");
        return joined.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The instructions of the last stage: what the running container is. */
    private static List<String> finalStage() throws IOException {
        List<String> all = instructions();
        int from = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).startsWith("FROM ")) {
                from = i;
            }
        }
        return all.subList(from, all.size());
    }

    @Test
    void the_image_is_built_in_a_separate_stage_with_the_maven_wrapper() throws IOException {
        List<String> from = instructions().stream().filter(line -> line.startsWith("FROM ")).toList();

        assertThat(from).hasSize(2);
        assertThat(from.getFirst()).endsWith(" AS build");
        assertThat(instructions()).anyMatch(line -> line.startsWith("RUN ") && line.contains("./mvnw ") && line.contains(" package"));
        assertThat(finalStage()).anyMatch(line -> line.startsWith("COPY --from=build ")
                && line.contains("bootstrap/target/gorgias-bridge.jar"));
    }

    @Test
    void the_service_runs_as_an_unprivileged_user() throws IOException {
        List<String> users = finalStage().stream().filter(line -> line.startsWith("USER ")).toList();

        assertThat(users).isNotEmpty();
        String user = users.getLast().substring("USER ".length()).strip().split(":")[0];
        assertThat(user).isNotIn("root", "0");
        int lastUser = finalStage().indexOf(users.getLast());
        assertThat(finalStage().subList(lastUser, finalStage().size())).noneMatch(line -> line.startsWith("RUN "));
        assertThat(finalStage()).anyMatch(line -> line.startsWith("ENTRYPOINT ") && line.contains("gorgias-bridge.jar"));
    }

    @Test
    void the_exposed_port_is_the_one_the_service_listens_on() throws IOException {
        int port = SettingsReader.read(Map.of()).port();

        assertThat(finalStage()).contains("EXPOSE " + port);
        assertThat(finalStage()).anyMatch(line -> line.startsWith("ENV ") && line.contains("PORT=" + port));
    }

    @Test
    void the_health_check_asks_the_liveness_endpoint() throws IOException {
        List<String> checks = finalStage().stream().filter(line -> line.startsWith("HEALTHCHECK ")).toList();

        assertThat(checks).singleElement().satisfies(check -> assertThat(check).contains(" CMD ", "/health/live"));
    }

    @Test
    void compose_runs_the_service_with_postgresql_and_redis() throws IOException {
        String compose = Files.readString(ROOT.resolve("compose.yaml"));

        assertThat(compose).contains("\n  bridge:\n", "\n  postgres:\n", "\n  redis:\n", "build: .",
                "DATABASE_URL: postgresql://", "@postgres:5432/", "REDIS_URL: redis://redis:6379", "condition: service_healthy");
    }

    @Test
    void compose_chooses_the_environment_publishes_on_this_machine_only_and_writes_no_password() throws IOException {
        String compose = Files.readString(ROOT.resolve("compose.yaml"));

        assertThat(compose).contains("APP_ENV: ${APP_ENV:-development}", "- \"127.0.0.1:8080:8080\"",
                "DATABASE_URL: postgresql://gorgias_bridge:${POSTGRES_PASSWORD:?",
                "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?");
        assertThat(compose.lines().filter(line -> line.strip().startsWith("- \"") && line.contains(":8080")))
                .allSatisfy(port -> assertThat(port).contains("127.0.0.1:"));
        assertThat(compose).doesNotContain("gorgias_bridge:gorgias_bridge@", "POSTGRES_PASSWORD: gorgias_bridge");
    }

    @Test
    void the_container_listens_on_every_interface_so_its_published_port_reaches_it() throws IOException {
        assertThat(finalStage()).anyMatch(line -> line.startsWith("ENV ") && line.contains("HOST=0.0.0.0"));
    }

    @Test
    void secrets_and_build_output_stay_out_of_the_build_context() throws IOException {
        assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"))).contains(".env", ".git", "**/target");
    }
}

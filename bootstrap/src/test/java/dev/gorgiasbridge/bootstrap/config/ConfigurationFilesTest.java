package dev.gorgiasbridge.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The configuration files in the repository keep their promises (docs/configuration.md). */
class ConfigurationFilesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void env_example_documents_every_variable_the_service_reads() throws IOException {
        Map<String, String> example = EnvironmentFile.parse(Files.readAllLines(ROOT.resolve(".env.example")));

        assertThat(example.keySet()).containsExactlyInAnyOrderElementsOf(SettingsReader.VARIABLES);
    }

    @Test
    void env_example_holds_only_placeholders_that_production_refuses() throws IOException {
        var example = new java.util.HashMap<>(EnvironmentFile.parse(Files.readAllLines(ROOT.resolve(".env.example"))));
        example.put("APP_ENV", "production");

        var problems = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidSettingsException.class,
                () -> SettingsReader.read(example)).problems();

        assertThat(problems).anyMatch(p -> p.startsWith("GORGIAS_API_KEY"))
                .anyMatch(p -> p.startsWith("GORGIAS_WEBHOOK_TOKEN"))
                .anyMatch(p -> p.startsWith("SHOPIFY_CLIENT_SECRET"))
                .anyMatch(p -> p.startsWith("JWT_SECRET"));
    }

    @Test
    void env_is_ignored_and_never_tracked() throws IOException, InterruptedException {
        assertThat(Files.readAllLines(ROOT.resolve(".gitignore"))).contains(".env");
        if (Files.exists(ROOT.resolve(".git"))) {
            Process git = new ProcessBuilder("git", "ls-files", "--", ".env").directory(ROOT.toFile())
                    .redirectErrorStream(true).start();
            String tracked = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(git.waitFor()).isZero();
            assertThat(tracked).as(".env must never be committed").isEmpty();
        }
    }

    @Test
    void the_default_jvm_options_write_utf8_even_without_a_locale() throws IOException, InterruptedException {
        // A JVM started with no locale (env -i, a bare container) writes ASCII and turns every other
        // character of the log and of the demo's note into '?': the options file sets UTF-8 output.
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var launch = new ProcessBuilder(java, "@" + ROOT.resolve("scripts/jvm.options"), "-Xshare:off",
                "-XshowSettings:properties", "-version").redirectErrorStream(true);
        launch.environment().clear();
        Process jvm = launch.start();
        String settings = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(jvm.waitFor()).isZero();
        assertThat(settings).contains("native.encoding = ANSI_X3.4-1968")
                .contains("stdout.encoding = UTF-8").contains("stderr.encoding = UTF-8");
    }
}

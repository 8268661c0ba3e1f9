package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.bootstrap.config.AppEnv;
import dev.gorgiasbridge.bootstrap.config.SettingsReader;
import dev.gorgiasbridge.bootstrap.observability.Logging;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The banner is read by a person in text logs and kept as one record in JSON logs. */
class StartupBannerTest {
    private static final StartupBanner BANNER = new StartupBanner("development", AppEnv.DEVELOPMENT, 8080, "8",
            Optional.of("/dev/notes"), true, Optional.of(Path.of("/home/linda/.gorgias-bridge/data")), 4242);

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    @AfterEach
    void restore() {
        Logging.configure(SettingsReader.read(Map.of()), "test");
    }

    private List<String> logged(String format) {
        Logging.configure(SettingsReader.read(Map.of("LOG_FORMAT", format)), "test", captured);
        Logger log = LoggerFactory.getLogger(GorgiasBridge.class);
        BANNER.messages(SettingsReader.read(Map.of("LOG_FORMAT", format)).logFormat()).forEach(log::info);
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void in_text_logs_each_banner_line_is_a_readable_log_line_without_escaped_line_breaks() {
        List<String> lines = logged("text");

        assertThat(lines).hasSize(6).noneMatch(line -> line.contains("\\n") || line.contains("\\r"));
        assertThat(lines.get(0)).contains("Gorgias Bridge is listening on port 8080 (APP_ENV=development, database schema version 8)");
        assertThat(lines.get(1)).contains("  dashboard   http://localhost:8080/dashboard");
        assertThat(lines.get(2)).contains("  notes       http://localhost:8080/dev/notes");
        assertThat(lines.get(3)).contains("  webhook     POST http://localhost:8080/webhooks/gorgias/ticket");
        assertThat(lines).last().asString().contains("  stop        Ctrl-C, or kill 4242");
        assertThat(lines).as("each line its own log event, with time and level").allMatch(line -> line.matches("\\d{4}-.* INFO .*"));
    }

    @Test
    void in_json_logs_the_banner_is_one_record() {
        List<String> lines = logged("json");

        assertThat(lines).singleElement().asString().startsWith("{")
                .contains("is listening on port 8080").contains("/dashboard").contains("kill 4242");
    }
}

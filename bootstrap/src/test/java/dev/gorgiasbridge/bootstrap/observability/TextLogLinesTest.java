package dev.gorgiasbridge.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.bootstrap.config.SettingsReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** In text format one log event is one line, whatever a customer put in the value it quotes. */
class TextLogLinesTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    @AfterEach
    void restore() {
        Logging.configure(SettingsReader.read(Map.of()), "test");
    }

    private String logged() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_line_break_in_a_logged_value_cannot_forge_a_second_line() {
        Logging.configure(SettingsReader.read(Map.of("LOG_FORMAT", "text")), "test", captured);
        String subject = "Where is my order?\r\n2026-01-06T16:40:02.000Z INFO  [main] d.g.Admin - admin token reset";

        LoggerFactory.getLogger("dev.gorgiasbridge.test").info("webhook refused: subject {}", subject);

        assertThat(logged().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .contains("webhook refused: subject Where is my order?\\r\\n2026-01-06T16:40:02.000Z INFO"));
    }

    @Test
    void secrets_are_still_masked_on_the_one_line() {
        Logging.configure(SettingsReader.read(Map.of("APP_ENV", "development", "LOG_FORMAT", "text", "GORGIAS_API_KEY", "gorgias-key-0123456789")),
                "test", captured);

        LoggerFactory.getLogger("dev.gorgiasbridge.test").warn("gorgias answered 401 for\nkey gorgias-key-0123456789");

        assertThat(logged().lines().toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("for\\nkey ****").doesNotContain("gorgias-key-0123456789"));
    }
}

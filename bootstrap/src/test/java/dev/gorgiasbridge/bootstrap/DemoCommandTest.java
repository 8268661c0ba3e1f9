package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --once} end to end, as a newcomer runs it: the built-in stand-ins serve the samples of
 * {@code contracts/}, the sample webhook goes through the real front door, and the note printed is the
 * split-shipment note as the agent reads it, with a dashboard token that the dashboard accepts.
 */
class DemoCommandTest {
    private static final Pattern TOKEN = Pattern.compile("Admin token +(\\S+)");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int demo(Map<String, String> env, Path dir, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "demo";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.run(all, env, dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void demo_once_prints_the_split_shipment_note_the_dashboard_and_a_token_and_a_second_run_keeps_the_first_note(
            @TempDir Path dir) {
        try (var postgres = TestPostgres.create("demo")) {
            var env = Map.of("DATABASE_URL", postgres.databaseUrl(), "PORT", "0");

            int status = demo(env, dir, "--once");

            assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(printed()).contains("The internal note on Gorgias ticket 91234567, as the agent reads it:")
                    .contains("#1042")
                    .contains("UPS", "1Z999AA10123456784", "https://www.ups.com/track?tracknum=1Z999AA10123456784")
                    .contains("USPS", "9400111899223197428490")
                    .contains("Walking Foot Attachment")
                    .contains("Posted to the Gorgias stand-in as an internal note (1 received)")
                    .containsPattern("Dashboard +http://localhost:\\d+/dashboard")
                    // The note went to the Gorgias stand-in, so the development notes view (notes kept here) is not offered.
                    .doesNotContain("Notes view");
            Matcher token = TOKEN.matcher(printed());
            assertThat(token.find()).isTrue();
            String claims = new String(Base64.getUrlDecoder().decode(token.group(1).split("\\.")[1]), StandardCharsets.UTF_8);
            assertThat(claims).contains("\"aud\":\"development\"", "\"iss\":\"gorgias-bridge\"");
            String note = printed().substring(printed().indexOf("as the agent reads it:"), printed().indexOf("Posted to"));

            out.reset();
            assertThat(demo(env, dir, "--once")).as(err.toString(StandardCharsets.UTF_8)).isZero();

            assertThat(printed()).contains("answered 200 duplicate", "Walking Foot Attachment")
                    .contains(note.substring(0, note.lastIndexOf("-----")).strip());
        }
    }

    @Test
    void the_demo_refuses_to_run_in_staging_or_production(@TempDir Path dir) {
        assertThat(demo(Map.of("APP_ENV", "production"), dir, "--once")).isEqualTo(Main.CONFIGURATION);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the demo runs in development only");
        assertThat(demo(Map.of(), dir, "--forever")).isEqualTo(Main.USAGE);
    }
}

package dev.gorgiasbridge.adapters.gorgias;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Deterministic settings, credentials and fixtures for the Gorgias client tests. */
final class TestGorgias {
    static final String USERNAME = "bridge-bot@lindas.example";
    static final String API_KEY = "test-api-key-0f1e2d3c4b5a6978";
    /** Computed here, not by the code under test. */
    static final String BASIC_AUTH = "Basic " + Base64.getEncoder()
            .encodeToString((USERNAME + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-06T16:40:00Z"), ZoneOffset.UTC);
    /** Generous, so a busy build machine never times a test out; the timeout tests shorten it. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestGorgias() {
    }

    static GorgiasSettings settings(WireMockServer server) {
        return GorgiasSettings.of("lindas", USERNAME, API_KEY)
                .withBaseUrl(URI.create(server.baseUrl()))
                .withTimeouts(Duration.ofSeconds(2), REQUEST_TIMEOUT);
    }

    /** A file of contracts/gorgias/. */
    static String fixture(String name) {
        try (InputStream in = TestGorgias.class.getResourceAsStream("/contracts/gorgias/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture contracts/gorgias/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ticket of ticket-message-created.json, as {@code GET /api/tickets/{id}} answers it. */
    static String exampleTicketJson() {
        return JSON.writeValueAsString(JSON.readTree(fixture("ticket-message-created.json")).path("ticket"));
    }

    /** Records waits instead of waiting. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new ArrayList<>();

        @Override
        public synchronized void sleep(Duration duration) {
            waits.add(duration);
        }
    }
}

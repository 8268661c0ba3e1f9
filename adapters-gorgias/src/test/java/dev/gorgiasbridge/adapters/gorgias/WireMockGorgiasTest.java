package dev.gorgiasbridge.adapters.gorgias;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import dev.gorgiasbridge.application.memory.InMemoryRateLimits;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One WireMock server on a random port per test class, reset before each test, and a client pointed at it. */
abstract class WireMockGorgiasTest {
    static WireMockServer server;
    final TestGorgias.RecordingSleeper sleeper = new TestGorgias.RecordingSleeper();
    final InMemoryRateLimits rateLimits = new InMemoryRateLimits();

    @BeforeAll
    static void startWireMock() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stopWireMock() {
        server.stop();
    }

    @BeforeEach
    void resetWireMock() {
        server.resetAll();
    }

    GorgiasTicketNotes client() {
        return client(rateLimits, TestGorgias.CLOCK);
    }

    GorgiasTicketNotes client(RateLimits limits, Clock clock) {
        return new GorgiasTicketNotes(TestGorgias.settings(server), limits, clock, sleeper);
    }

    static int requests(RequestPatternBuilder pattern) {
        return server.findAll(pattern).size();
    }

    static int allRequests() {
        return server.getAllServeEvents().size();
    }
}

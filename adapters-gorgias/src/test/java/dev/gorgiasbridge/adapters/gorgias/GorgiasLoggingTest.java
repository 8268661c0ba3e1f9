package dev.gorgiasbridge.adapters.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.gorgiasbridge.adapters.gorgias.GorgiasTicketNotesTest.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What the client logs: retries and a failing limiter, never credentials, the limiter warning not per request. */
class GorgiasLoggingTest extends WireMockGorgiasTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger("dev.gorgiasbridge.adapters.gorgias");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(logged);
    }

    @Test
    void a_failing_limiter_is_warned_about_once_not_for_every_request() {
        server.stubFor(get("/api/tickets/91234567").willReturn(okJson(TestGorgias.exampleTicketJson())));
        rateLimits.failing(true);
        var notes = client();

        IntStream.range(0, 10).forEach(i -> assertThatThrownBy(() -> notes.ticket(TICKET))
                .isInstanceOf(ExternalServiceException.RetryLater.class));

        assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.WARN).hasSize(1);
    }

    @Test
    void credentials_appear_in_no_log_line_and_no_failure() {
        server.stubFor(get("/api/tickets/91234567").willReturn(aResponse().withStatus(500)));
        server.stubFor(get("/api/account").willReturn(aResponse().withStatus(401)));
        var notes = client();

        assertThatThrownBy(() -> notes.ticket(TICKET)).isInstanceOf(ExternalServiceException.class)
                .satisfies(failure -> assertThat(ThrowableProxyUtil.asString(new ThrowableProxy(failure)))
                        .doesNotContain(TestGorgias.API_KEY, TestGorgias.BASIC_AUTH.substring(6)));
        notes.reachability();

        assertThat(logged.list).isNotEmpty().allSatisfy(event -> {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(line).doesNotContain(TestGorgias.API_KEY, TestGorgias.BASIC_AUTH.substring(6));
        });
    }
}

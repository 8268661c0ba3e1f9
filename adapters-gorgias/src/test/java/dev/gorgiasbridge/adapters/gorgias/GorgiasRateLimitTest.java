package dev.gorgiasbridge.adapters.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.gorgiasbridge.adapters.gorgias.GorgiasTicketNotesTest.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException.RetryLater;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Decision;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Limit;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client-side share of Gorgias's 40 requests per 20 s, drawn from the RateLimits port. */
class GorgiasRateLimitTest extends WireMockGorgiasTest {

    @BeforeEach
    void gorgiasAnswers() {
        server.stubFor(get("/api/tickets/91234567").willReturn(okJson(TestGorgias.exampleTicketJson())));
    }

    @Test
    void forty_requests_go_through_and_the_41st_waits_briefly_then_is_refused_without_a_request() {
        var notes = client();
        IntStream.range(0, 40).forEach(i -> assertThat(notes.ticket(TICKET)).isPresent());

        // The in-memory buckets never refill: the 41st waits as long as the limit allows, then gives up.
        RetryLater refused = catchThrowableOfType(RetryLater.class, () -> notes.ticket(TICKET));

        assertThat(refused.getMessage()).contains("client-side limit");
        assertThat(refused.after()).isPresent();
        assertThat(allRequests()).isEqualTo(40);
        assertThat(sleeper.waits).isNotEmpty().allSatisfy(wait -> assertThat(wait).isPositive());
        assertThat(sleeper.waits.stream().reduce(Duration.ZERO, Duration::plus)).isLessThanOrEqualTo(ApiLimit.MAX_WAIT);
    }

    @Test
    void a_short_limit_is_waited_out_then_the_request_is_sent() {
        var limits = new ScriptedLimits(new Decision.Limited(Duration.ofMillis(400)), new Decision.Allowed());

        assertThat(client(limits, TestGorgias.CLOCK).ticket(TICKET)).isPresent();

        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(400));
        assertThat(allRequests()).isEqualTo(1);
    }

    @Test
    void a_long_limit_is_refused_at_once_with_its_delay() {
        var limits = new ScriptedLimits(new Decision.Limited(Duration.ofSeconds(12)));

        RetryLater refused = catchThrowableOfType(RetryLater.class, () -> client(limits, TestGorgias.CLOCK).ticket(TICKET));

        assertThat(refused.after()).contains(Duration.ofSeconds(12));
        assertThat(sleeper.waits).isEmpty();
        assertThat(allRequests()).isZero();
    }

    @Test
    void the_bucket_is_the_account_domain_under_the_documented_limit() {
        var limits = new ScriptedLimits(new Decision.Allowed());

        client(limits, TestGorgias.CLOCK).ticket(TICKET);

        assertThat(limits.keys).containsExactly("lindas");
        assertThat(limits.limits).containsExactly(new Limit("gorgias-api", 40, 40, Duration.ofSeconds(20)));
    }

    @Test
    void a_limiter_that_cannot_answer_sends_nothing_and_asks_to_try_again_later() {
        rateLimits.failing(true);
        var notes = client();

        RetryLater refused = catchThrowableOfType(RetryLater.class, () -> notes.ticket(TICKET));

        assertThat(refused.after()).contains(ApiLimit.UNCHECKED_PAUSE);
        assertThat(allRequests()).isZero();
    }

    /** Answers the given decisions in order, then Allowed; records what it was asked. */
    private static final class ScriptedLimits implements RateLimits {
        final Deque<Decision> script;
        final List<String> keys = new ArrayList<>();
        final List<Limit> limits = new ArrayList<>();

        ScriptedLimits(Decision... decisions) {
            script = new ArrayDeque<>(List.of(decisions));
        }

        @Override
        public Decision tryConsume(String key, Limit limit) {
            keys.add(key);
            limits.add(limit);
            Decision next = script.poll();
            return next == null ? new Decision.Allowed() : next;
        }
    }
}

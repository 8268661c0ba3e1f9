package dev.gorgiasbridge.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Decision;
import dev.gorgiasbridge.application.limits.port.out.RateLimits.Limit;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimits} must do; run against every implementation. */
public abstract class RateLimitsContract {

    protected abstract RateLimits limits();

    /** A limit name no other test or earlier run has used, so shared stores start with a full bucket. */
    protected abstract String freshName();

    @Test
    void a_bucket_allows_its_capacity_then_limits_with_a_retry_delay() {
        Limit limit = new Limit(freshName(), 3, 3, Duration.ofMinutes(1));

        var decisions = IntStream.range(0, 4).mapToObj(i -> limits().tryConsume("203.0.113.7", limit)).toList();

        assertThat(decisions.subList(0, 3)).allMatch(d -> d instanceof Decision.Allowed);
        assertThat(decisions.get(3)).isInstanceOfSatisfying(Decision.Limited.class,
                limited -> assertThat(limited.retryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofMinutes(1)));
    }

    @Test
    void clients_have_separate_buckets() {
        Limit limit = new Limit(freshName(), 1, 1, Duration.ofMinutes(1));

        assertThat(limits().tryConsume("203.0.113.7", limit)).isInstanceOf(Decision.Allowed.class);
        assertThat(limits().tryConsume("203.0.113.7", limit)).isInstanceOf(Decision.Limited.class);
        assertThat(limits().tryConsume("198.51.100.2", limit)).isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void limits_with_different_names_never_share_a_bucket() {
        Limit strict = new Limit(freshName(), 1, 1, Duration.ofMinutes(1));
        Limit generous = new Limit(freshName(), 100, 100, Duration.ofSeconds(1));

        limits().tryConsume("203.0.113.7", strict);
        assertThat(limits().tryConsume("203.0.113.7", strict)).isInstanceOf(Decision.Limited.class);
        assertThat(limits().tryConsume("203.0.113.7", generous)).isInstanceOf(Decision.Allowed.class);
    }
}

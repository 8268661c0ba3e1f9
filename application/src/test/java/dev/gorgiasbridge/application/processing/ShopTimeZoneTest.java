package dev.gorgiasbridge.application.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import dev.gorgiasbridge.application.processing.port.out.ShopProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ShopTimeZoneTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));
    private final Deque<Supplier<Optional<String>>> answers = new ArrayDeque<>();
    private int asked;
    private final ShopTimeZone zone = ShopTimeZone.remembered(new ShopProfile() {
        @Override
        public String displayName() {
            return "Linda's Sewing Studio";
        }

        @Override
        public Optional<String> ianaTimezone() {
            asked++;
            return answers.isEmpty() ? Optional.of("America/Los_Angeles") : answers.pop().get();
        }
    }, Duration.ofHours(24), Duration.ofMinutes(5), clock);

    @Test
    void the_zone_is_asked_for_when_first_needed_and_remembered_for_a_day() {
        assertThat(asked).isZero();
        assertThat(zone.current()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        clock.advance(Duration.ofHours(23));
        assertThat(zone.current()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(asked).isEqualTo(1);

        answers.add(() -> Optional.of("Europe/Berlin"));
        clock.advance(Duration.ofHours(1));
        assertThat(zone.current()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void a_shop_that_cannot_answer_keeps_the_zone_known_and_is_asked_again_after_the_retry_delay() {
        zone.current();
        clock.advance(Duration.ofHours(24));
        answers.add(() -> {
            throw new ExternalServiceException.RetryLater("shopify", "HTTP 503", Optional.empty(), null);
        });
        assertThat(zone.current()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        clock.advance(Duration.ofMinutes(5));
        assertThat(zone.current()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(asked).isEqualTo(3);
    }

    @Test
    void no_zone_or_one_this_jvm_does_not_know_means_utc() {
        answers.add(Optional::empty);
        assertThat(zone.current()).isEqualTo(ZoneOffset.UTC);
        clock.advance(Duration.ofHours(24));
        answers.add(() -> Optional.of("Mars/Olympus_Mons"));
        assertThat(zone.current()).isEqualTo(ZoneOffset.UTC);
        assertThat(ShopTimeZone.utc().current()).isEqualTo(ZoneOffset.UTC);
    }
}

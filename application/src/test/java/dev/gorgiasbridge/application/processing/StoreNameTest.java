package dev.gorgiasbridge.application.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.application.memory.MutableClock;
import dev.gorgiasbridge.application.processing.port.out.ExternalServiceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class StoreNameTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));
    private final Deque<Supplier<String>> answers = new ArrayDeque<>();
    private int asked;
    private final StoreName store = StoreName.remembered(() -> {
        asked++;
        return answers.isEmpty() ? "Linda's Sewing Studio" : answers.pop().get();
    }, Duration.ofHours(24), Duration.ofMinutes(5), clock);

    @Test
    void the_name_is_asked_for_when_first_needed_and_remembered_for_a_day() {
        assertThat(asked).isZero();

        assertThat(store.current()).contains("Linda's Sewing Studio");
        clock.advance(Duration.ofHours(23));
        assertThat(store.current()).contains("Linda's Sewing Studio");
        assertThat(asked).isEqualTo(1);

        answers.add(() -> "Linda's Quilts");
        clock.advance(Duration.ofHours(1));
        assertThat(store.current()).contains("Linda's Quilts");
        assertThat(asked).isEqualTo(2);
    }

    @Test
    void a_shop_that_cannot_tell_leaves_the_name_unknown_and_is_asked_again_after_the_retry_delay() {
        answers.add(() -> {
            throw new ExternalServiceException.RetryLater("shopify", "HTTP 503", Optional.empty(), null);
        });

        assertThat(store.current()).isEmpty();
        clock.advance(Duration.ofMinutes(4));
        assertThat(store.current()).isEmpty();
        assertThat(asked).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(store.current()).contains("Linda's Sewing Studio");
    }

    @Test
    void an_earlier_name_is_kept_when_a_later_question_fails() {
        store.current();
        answers.add(() -> {
            throw new ExternalServiceException.Unauthorized("shopify", "HTTP 401");
        });
        clock.advance(Duration.ofHours(25));

        assertThat(store.current()).contains("Linda's Sewing Studio");
    }

    @Test
    void control_characters_blanks_and_overlong_names_are_tidied() {
        answers.add(() -> "  Nähstube\u0000 Müller\n ");
        assertThat(store.current()).contains("Nähstube  Müller");

        var blank = StoreName.remembered(() -> " \t", Duration.ofHours(1), Duration.ofMinutes(1), clock);
        assertThat(blank.current()).isEmpty();
        var long_ = StoreName.remembered(() -> "x".repeat(300), Duration.ofHours(1), Duration.ofMinutes(1), clock);
        assertThat(long_.current()).hasValueSatisfying(name -> assertThat(name).hasSize(StoreName.Remembered.MAX_LENGTH));
    }

    @Test
    void a_configured_name_wins_and_a_blank_one_is_refused() {
        assertThat(StoreName.fixed(" Linda's Quilts ").current()).contains("Linda's Quilts");
        assertThat(StoreName.unknown().current()).isEmpty();
        assertThatThrownBy(() -> StoreName.fixed(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}

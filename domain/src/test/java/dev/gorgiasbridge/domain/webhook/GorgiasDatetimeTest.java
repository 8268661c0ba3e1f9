package dev.gorgiasbridge.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GorgiasDatetimeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-05-02T10:15:00+00:00",
        "2024-05-02T10:15:00Z",
        "2024-05-02T12:15:00+02:00",
        "2024-05-02T10:15:00",
        "2024-05-02 10:15:00",
        " 2024-05-02T10:15:00.000000 "
    })
    void every_spelling_of_one_moment_reads_the_same(String text) {
        assertThat(GorgiasDatetime.parse(text)).contains(Instant.parse("2024-05-02T10:15:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "2024-13-45T99:00:00", "1714644900"})
    void unreadable_values_are_absent(String text) {
        assertThat(GorgiasDatetime.parse(text)).isEmpty();
    }
}

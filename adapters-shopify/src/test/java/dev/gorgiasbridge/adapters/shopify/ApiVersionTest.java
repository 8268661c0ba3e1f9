package dev.gorgiasbridge.adapters.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ApiVersionTest {
    private static final Clock DECEMBER_2_2026 = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_version_is_supported_for_twelve_months_from_its_release() {
        var version = ApiVersion.parse("2026-10");

        assertThat(version.released()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(version.supportedUntil()).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(version.supportOn(DECEMBER_2_2026)).isEqualTo(new ApiVersion.Support.Supported(LocalDate.of(2027, 10, 1)));
    }

    @Test
    void the_default_version_is_the_newest_stable_one_today() {
        assertThat(ApiVersion.parse(ShopifySettings.DEFAULT_API_VERSION))
                .isEqualTo(ApiVersion.newestOn(LocalDate.of(2026, 12, 2)));
    }

    @Test
    void the_former_default_is_past_its_support_window_and_the_newest_is_named() {
        assertThat(ApiVersion.parse("2025-10").supportOn(DECEMBER_2_2026)).isEqualTo(
                new ApiVersion.Support.Ended(LocalDate.of(2026, 10, 1), ApiVersion.parse("2026-10")));
    }

    @Test
    void a_version_in_its_last_quarter_of_support_is_ending_soon() {
        assertThat(ApiVersion.parse("2026-01").supportOn(DECEMBER_2_2026)).isEqualTo(
                new ApiVersion.Support.EndingSoon(LocalDate.of(2027, 1, 1), 30, ApiVersion.parse("2026-10")));
    }

    @Test
    void a_version_from_the_future_is_not_released_yet() {
        assertThat(ApiVersion.parse("2027-01").supportOn(DECEMBER_2_2026))
                .isEqualTo(new ApiVersion.Support.NotReleased(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void only_quarterly_dated_names_are_versions() {
        for (String wrong : new String[] {"2026-11", "2026-00", "26-10", "unstable", "2026-10-01", "", " "}) {
            assertThatThrownBy(() -> ApiVersion.parse(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(ApiVersion.parse(" 2026-04 ").toString()).isEqualTo("2026-04");
    }
}

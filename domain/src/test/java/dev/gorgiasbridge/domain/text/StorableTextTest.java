package dev.gorgiasbridge.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void ordinary_text_in_any_language_is_kept_as_it_is() {
        String text = "Jürgen Weiß · Où est ma commande ? 📦\n\t- 2 × Rotary Cutter 45mm";

        assertThat(StorableText.of(text)).isSameAs(text);
    }

    @Test
    void nul_and_control_characters_are_removed_but_tab_and_line_feed_stay() {
        assertThat(StorableText.of("Walking\u0000 Foot\u0007\r\n\tAttachment\u001b[31m\u007f\u0085"))
                .isEqualTo("Walking Foot\n\tAttachment[31m");
    }

    @Test
    void a_lone_surrogate_becomes_a_replacement_character_and_pairs_stay_whole() {
        assertThat(StorableText.of("box \uD83D then \uDCE6 and 📦")).isEqualTo("box \uFFFD then \uFFFD and 📦");
    }

    @Test
    void nothing_stays_nothing() {
        assertThat(StorableText.of(null)).isNull();
        assertThat(StorableText.of("")).isEmpty();
    }
}

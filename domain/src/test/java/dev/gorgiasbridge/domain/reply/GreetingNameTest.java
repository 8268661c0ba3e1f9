package dev.gorgiasbridge.domain.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names as Gorgias customers really carry them (display name, and {@code firstname} when set). */
class GreetingNameTest {

    private static Optional<String> greet(String firstname, String name) {
        return GreetingName.of(Optional.ofNullable(firstname), Optional.ofNullable(name));
    }

    @Test
    void gorgias_firstname_is_preferred_over_the_display_name() {
        assertThat(greet("Jürgen", "Herr Jürgen Weiß")).contains("Jürgen");
        assertThat(greet("Élodie", "DURAND, Élodie")).contains("Élodie");
        assertThat(greet("  ", "Maria Keller")).contains("Maria");
    }

    @Test
    void a_display_name_starting_with_an_honorific_greets_without_a_name() {
        for (String name : new String[] {"Mr. Keller", "Mrs Smith", "Ms. Jane Doe", "Dr. Ana López", "Herr Müller",
                "Frau Schneider", "M. Dupont", "Mme Lefèvre", "Sr. García", "Sra. Martínez"}) {
            assertThat(greet(null, name)).as(name).isEmpty();
        }
    }

    @Test
    void last_comma_first_greets_by_the_given_name() {
        assertThat(greet(null, "KELLER, Maria")).contains("Maria");
        assertThat(greet(null, "KELLER,")).isEmpty();
    }

    @Test
    void phone_numbers_and_emails_as_names_greet_without_a_name() {
        assertThat(greet(null, "+49 151 23456789")).isEmpty();
        assertThat(greet(null, "(555) 010-4477")).isEmpty();
        assertThat(greet(null, "maria.keller@example.com")).isEmpty();
        assertThat(greet("maria.keller@example.com", null)).isEmpty();
    }

    @Test
    void invisible_and_bidi_control_characters_are_removed() {
        assertThat(greet(null, "\u202EMaria\u200B Keller")).contains("Maria");
        assertThat(greet("\u2066Léa\u2069", null)).contains("Léa");
        assertThat(greet(null, "\u200B\u200F")).isEmpty();
        assertThat(GreetingName.visible(Optional.of("Maria\u200D Keller\u202C"))).contains("Maria Keller");
    }

    @Test
    void each_language_greets_without_a_name_when_there_is_none() {
        assertThat(English.WORDING.greeting(greet(null, "Mr. Keller"))).isEqualTo("Hello,");
        assertThat(French.WORDING.greeting(greet(null, "+33 6 12 34 56 78"))).isEqualTo("Bonjour,");
        assertThat(German.WORDING.greeting(greet(null, "Herr Müller"))).isEqualTo("Guten Tag,");
        assertThat(Spanish.WORDING.greeting(greet(null, "Sra. Martínez"))).isEqualTo("Hola,");
    }
}

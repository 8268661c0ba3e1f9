package dev.gorgiasbridge.adapters.ai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Hi Maria, thanks for your message. Your order is on the way and we will let you know when it arrives.",
            "fr|Bonjour Maria, merci pour votre message. Votre commande est en route et nous vous tiendrons au courant.",
            "de|Hallo Maria, danke für die Nachricht. Ihre Bestellung ist unterwegs und wir sind für Sie da.",
            "es|Hola Maria, gracias por su mensaje. Su pedido está en camino y le avisaremos con gusto.",
            "it|Ciao Maria, grazie per il messaggio. Il tuo ordine è in viaggio e non vediamo l'ora che arrivi.",
            "nl|Hallo Maria, dank voor uw bericht. Uw bestelling is onderweg en wij houden je op de hoogte van het pakket."})
    void a_reply_is_recognised_in_each_checked_language(String language, String text) {
        assertThat(LanguageGuess.of(text)).contains(language);
    }

    @Test
    void a_short_or_unknown_text_gives_no_guess() {
        assertThat(LanguageGuess.of("Hi Maria!")).isEmpty();
        assertThat(LanguageGuess.of("こんにちは、マリアさん。ご注文は発送されました。")).isEmpty();
    }

    @Test
    void a_ticket_language_is_known_by_its_primary_subtag() {
        assertThat(LanguageGuess.known("fr-CA")).contains("fr");
        assertThat(LanguageGuess.known("EN")).contains("en");
        assertThat(LanguageGuess.known("ja")).isEmpty();
    }
}

package dev.gorgiasbridge.domain.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one language decision every drafter follows. */
class CustomerLanguageTest {

    @Test
    void the_ticket_s_language_wins_over_the_message() {
        var language = CustomerLanguage.of(Optional.of("de-AT"), Optional.of("Bonjour, où est ma commande ? Merci"));

        assertThat(language.code()).contains("de");
        assertThat(language.replyLanguage()).isEqualTo(ReplyLanguage.GERMAN);
        assertThat(language.unwritten()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Hi, my order still has not arrived. Where is my package? Thanks",
            "fr|Bonjour, je n'ai toujours pas reçu mon colis. Où est ma commande ?",
            "de|Hallo, ich habe meine Bestellung noch nicht erhalten. Wo ist mein Paket?",
            "es|Hola, todavía no he recibido mi pedido. ¿Dónde está mi paquete?",
            "it|Ciao, non ho ancora ricevuto il mio ordine. Dove è il pacco?",
            "ja|注文した商品がまだ届いていません。いつ届きますか？",
            "ru|Здравствуйте, мой заказ до сих пор не пришёл. Где моя посылка?",
            "ko|주문한 상품이 아직 도착하지 않았습니다."})
    void without_a_ticket_language_the_message_is_read(String expected, String message) {
        assertThat(CustomerLanguage.of(Optional.empty(), Optional.of(message)).code()).contains(expected);
    }

    @Test
    void a_language_the_template_does_not_write_is_named_for_the_agent_and_answered_in_english() {
        var italian = CustomerLanguage.of(Optional.of("it"), Optional.empty());

        assertThat(italian.replyLanguage()).isEqualTo(ReplyLanguage.ENGLISH);
        assertThat(italian.unwritten()).contains("Italian");
    }

    @Test
    void nothing_to_go_on_is_english_with_nothing_to_tell_the_agent() {
        for (var message : new String[] {"", "Hi!", "#1042?", "ok"}) {
            var language = CustomerLanguage.of(Optional.empty(), Optional.of(message));
            assertThat(language.replyLanguage()).isEqualTo(ReplyLanguage.ENGLISH);
            assertThat(language.unwritten()).isEmpty();
        }
        assertThat(CustomerLanguage.of(Optional.of("  "), Optional.empty()).code()).isEmpty();
        assertThat(CustomerLanguage.of(Optional.of("not a language!"), Optional.empty()).code()).isEmpty();
    }

    @Test
    void a_reply_is_read_with_the_same_guess_as_the_customers_message() {
        assertThat(CustomerLanguage.writtenIn("Bonjour Maria, votre colis a été livré. Merci pour votre patience.").code())
                .contains("fr");
        assertThat(CustomerLanguage.writtenIn("Hi Maria, your package has been delivered. Thanks for your patience.").code())
                .contains("en");
        assertThat(CustomerLanguage.writtenIn("#1042 ok").code()).isEmpty();
    }
}

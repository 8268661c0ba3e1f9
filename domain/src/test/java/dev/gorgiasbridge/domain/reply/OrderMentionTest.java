package dev.gorgiasbridge.domain.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OrderMentionTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Where is #1042?", "Hi, my order 1042 has not arrived", "Order #1042 hasn't arrived yet",
            "order no. 1042", "Order number: 1042", "my order number is 1042, thanks",
            "Bonjour, où en est ma commande n° 1042 ?", "commande nº1042", "Numéro de commande : 1042",
            "Hallo, wo ist meine Bestellung 1042?", "Bestellnummer: 1042", "Bestell-Nr. 1042",
            "Hola, ¿dónde está mi pedido 1042?", "pedido nº 1042", "número de pedido #01042",
            "ORDER#1042", "Order: # 1042"})
    void a_number_after_a_word_for_an_order_or_a_hash_is_an_order_number(String message) {
        assertThat(OrderMention.in(List.of(Optional.of(message)))).containsExactly(new OrderMention("1042"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tracking 1Z999AA10123456784 shows nothing", "I ordered 2 items on 12/01", "please call 0176 1234567",
            "my order from 2026-01-05", "order 25 units", "It&#39;s late", "Postleitzahl 10115", "commande du 12/01/2026"})
    void tracking_numbers_dates_quantities_and_entities_are_no_order_number(String message) {
        assertThat(OrderMention.in(List.of(Optional.of(message)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "注文番号#5001の商品がまだ発送されていません。", "ご注文5001はいつ届きますか", "注文番号：5001",
            "我的订单号5001还没到", "訂單#5001什麼時候到？", "주문번호 5001 배송은 언제인가요?", "주문#5001",
            "Где мой заказ №5001?", "номер заказа 5001", "заказ #5001 не пришёл",
            "أين طلبي رقم 5001؟", "رقم الطلب #5001", "طلب ٥٠٠١", "注文番号５００１"})
    void order_numbers_run_into_other_scripts_text_are_recognised(String message) {
        assertThat(OrderMention.in(List.of(Optional.of(message)))).containsExactly(new OrderMention("5001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SKU#12 is out of stock", "注文番号12345678901234", "заказчик 5001", "注文日2026-01-05"})
    void codes_glued_to_a_hash_long_digit_runs_and_other_words_are_no_order_number(String message) {
        assertThat(OrderMention.in(List.of(Optional.of(message)))).isEmpty();
    }

    @Test
    void the_message_comes_before_the_subject_and_each_number_counts_once() {
        assertThat(OrderMention.in(List.of(Optional.of("About order 1043, not #1042"), Optional.of("Order #1043"))))
                .containsExactly(new OrderMention("1043"), new OrderMention("1042"));
    }

    @Test
    void an_order_name_carries_the_number_with_or_without_prefix_and_suffix() {
        var mention = new OrderMention("1042");
        assertThat(mention.names("#1042")).isTrue();
        assertThat(mention.names("LQ-1042-EU")).isTrue();
        assertThat(mention.names("#10420")).isFalse();
        assertThat(mention.names("#1041")).isFalse();
    }
}

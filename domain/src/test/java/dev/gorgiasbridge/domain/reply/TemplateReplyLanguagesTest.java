package dev.gorgiasbridge.domain.reply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.Orders;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The template in each language it writes, and what the customer is told about pickups, local deliveries and boxes. */
class TemplateReplyLanguagesTest {
    private static final String USPS_URL = "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490";

    private static String reply(String language, ShipmentAnalysis... orders) {
        return TemplateReply.draft(new ReplyFacts(Optional.of("Maria"), List.of(orders), LookupStatus.ORDERS_FOUND,
                Optional.of("Quilt Corner"), Optional.of(language), Optional.empty())).text();
    }

    private static ShipmentAnalysis split() {
        return ShipmentAnalysis.of(Orders.splitShipment());
    }

    @Test
    void french_uses_vous_french_dates_and_typography() {
        assertThat(reply("fr", split())).isEqualTo("""
                Bonjour Maria,

                Merci pour votre message concernant votre commande #1042. Elle vous parvient en plusieurs fois :

                - Le colis contenant Quilting Thread Set - 12 spools a été livré le 5 janvier 2026 (UPS, numéro de suivi \
                1Z999AA10123456784).
                - Le colis contenant 2 × Rotary Cutter 45mm est en cours d'acheminement par USPS. Le numéro de suivi est \
                9400111899223197428490. La livraison est prévue aux alentours du 8 janvier 2026. Vous pouvez le suivre ici : \
                %s
                - Nous n'avons pas encore expédié Walking Foot Attachment ; nous vous enverrons les informations de suivi \
                dès l'expédition.

                Cordialement,
                L'équipe Quilt Corner""".formatted(USPS_URL));
    }

    @Test
    void german_uses_sie_german_dates_and_a_lower_case_start_after_the_salutation() {
        assertThat(reply("de", split())).isEqualTo("""
                Hallo Maria,

                vielen Dank für Ihre Nachricht zu Ihrer Bestellung #1042. Die Bestellung kommt in mehreren Teilen bei Ihnen an:

                - Das Paket mit Quilting Thread Set - 12 spools wurde am 5. Januar 2026 zugestellt (UPS, Sendungsnummer \
                1Z999AA10123456784).
                - Das Paket mit 2 × Rotary Cutter 45mm ist mit USPS unterwegs. Die Sendungsnummer lautet \
                9400111899223197428490. Voraussichtlich trifft es um den 8. Januar 2026 bei Ihnen ein. Hier können Sie die \
                Sendung verfolgen: %s
                - Wir haben Walking Foot Attachment noch nicht versandt; Sie erhalten die Sendungsdaten, sobald der Versand \
                erfolgt ist.

                Mit freundlichen Grüßen
                Ihr Team von Quilt Corner""".formatted(USPS_URL));
    }

    @Test
    void spanish_uses_usted_and_spanish_dates() {
        assertThat(reply("es", split())).isEqualTo("""
                Hola, Maria:

                Gracias por escribirnos sobre su pedido #1042. Le llegará en varias partes:

                - El paquete con Quilting Thread Set - 12 spools se entregó el 5 de enero de 2026 (UPS, número de \
                seguimiento 1Z999AA10123456784).
                - El paquete con 2 × Rotary Cutter 45mm está en camino con USPS. El número de seguimiento es \
                9400111899223197428490. Debería llegar alrededor del 8 de enero de 2026. Puede seguirlo aquí: %s
                - Todavía no hemos enviado Walking Foot Attachment; le enviaremos los datos de seguimiento en cuanto \
                realicemos el envío.

                Saludos cordiales,
                El equipo de Quilt Corner""".formatted(USPS_URL));
    }

    @Test
    void english_stays_as_it_was() {
        assertThat(reply("en", split())).startsWith("Hi Maria,\n\nThanks for reaching out about your order #1042.")
                .endsWith("Best regards,\nThe Quilt Corner team");
    }

    @Test
    void a_regional_tag_is_read_by_its_language_and_a_language_the_template_does_not_write_gets_english() {
        assertThat(reply("fr-CA", split())).startsWith("Bonjour Maria,");
        assertThat(reply("DE", split())).startsWith("Hallo Maria,");
        var japanese = TemplateReply.draft(new ReplyFacts(Optional.of("Maria"), List.of(split()), LookupStatus.ORDERS_FOUND,
                Optional.empty(), Optional.of("ja"), Optional.empty()));
        assertThat(japanese.text()).startsWith("Hi Maria,");
        assertThat(japanese.customerLanguage()).contains("Japanese");
        assertThat(TemplateReply.draft(Facts.found(split())).customerLanguage()).isEmpty();
    }

    @Test
    void without_a_ticket_language_the_customer_s_message_decides() {
        var facts = new ReplyFacts(Optional.of("Maria"), List.of(split()), LookupStatus.ORDERS_FOUND, Optional.empty(),
                Optional.empty(), Optional.of("Bonjour, je n'ai toujours pas reçu mon colis. Où est ma commande ?"));

        assertThat(TemplateReply.draft(facts).text()).startsWith("Bonjour Maria,");
    }

    @Test
    void without_orders_each_language_asks_for_the_order_number_without_a_name() {
        assertThat(TemplateReply.draft(withoutOrders("fr")).text()).startsWith("Bonjour,\n\n")
                .contains("Pourriez-vous m'indiquer votre numéro de commande ?");
        assertThat(TemplateReply.draft(withoutOrders("de")).text()).startsWith("Guten Tag,\n\nvielen Dank")
                .contains("Könnten Sie mir Ihre Bestellnummer schicken?");
        assertThat(TemplateReply.draft(withoutOrders("es")).text()).startsWith("Hola,\n\n")
                .contains("¿Podría enviarme su número de pedido?");
    }

    private static ReplyFacts withoutOrders(String language) {
        return new ReplyFacts(Optional.empty(), List.of(), LookupStatus.NO_ORDERS_FOUND, Optional.empty(),
                Optional.of(language), Optional.empty());
    }

    @Test
    void one_shipment_in_several_boxes_is_described_once_with_all_its_numbers_and_its_contents_once() {
        var text = reply("en", ShipmentAnalysis.of(Orders.twoShipmentsOfTwoNumbers()));

        assertThat(text).contains("- The package with 2 × Batting is on its way with DHL. The tracking numbers are JD0001"
                        + " and JD0002. You can track it here: https://dhl.example/JD0001 and https://dhl.example/JD0002\n")
                .contains("- The package with Ironing Board was delivered (USPS and UPS, tracking numbers"
                        + " 9400111899223197428491 and 1Z999AA10123456785).");
        assertThat(text.split("Batting", -1)).hasSize(2);
    }

    @Test
    void a_pickup_is_never_shipped_or_tracked_in_any_language() {
        for (String language : List.of("en", "fr", "de", "es")) {
            for (var order : List.of(Orders.pickupAwaitingPreparation(), Orders.pickup(FulfillmentDisplayStatus.READY_FOR_PICKUP),
                    Orders.pickup(FulfillmentDisplayStatus.PICKED_UP))) {
                assertThat(reply(language, ShipmentAnalysis.of(order)))
                        .doesNotContainIgnoringCase("track").doesNotContainIgnoringCase("suivi")
                        .doesNotContainIgnoringCase("Sendung").doesNotContainIgnoringCase("seguimiento")
                        .doesNotContain("shipped", "expédié", "versandt", "enviado");
            }
        }
    }

    @Test
    void a_pickup_says_where_it_stands() {
        assertThat(reply("en", ShipmentAnalysis.of(Orders.pickupAwaitingPreparation())))
                .contains("We're preparing Quilt Frame for pickup; we'll let you know as soon as everything is ready.");
        assertThat(reply("en", ShipmentAnalysis.of(Orders.pickup(FulfillmentDisplayStatus.READY_FOR_PICKUP))))
                .contains("#2001. Your order is ready for pickup.");
        assertThat(reply("fr", ShipmentAnalysis.of(Orders.pickup(FulfillmentDisplayStatus.READY_FOR_PICKUP))))
                .contains("Votre commande est prête à être retirée.");
        assertThat(reply("de", ShipmentAnalysis.of(Orders.pickup(FulfillmentDisplayStatus.PICKED_UP))))
                .contains("Sie haben Ihre Bestellung am 5. Januar 2026 abgeholt.");
        assertThat(reply("es", ShipmentAnalysis.of(Orders.pickup(FulfillmentDisplayStatus.PICKED_UP))))
                .contains("Consta que recogió su pedido el 5 de enero de 2026.");
    }

    @Test
    void a_local_delivery_promises_no_carrier_tracking() {
        var text = reply("en", ShipmentAnalysis.of(Orders.localDelivery()));

        assertThat(text).contains("- 3 × Fabric Bolt is out for local delivery.")
                .contains("- We're preparing Pins for local delivery; we'll let you know as soon as it's on its way.")
                .doesNotContainIgnoringCase("track");
    }

    @Test
    void a_gift_card_only_order_needs_no_shipping_and_a_gift_card_beside_a_package_is_not_waited_for() {
        assertThat(reply("en", ShipmentAnalysis.of(Orders.giftCardOnly())))
                .contains("#2001. Nothing on it needs to be shipped (Gift Card $50).").doesNotContain("hasn't shipped");
        assertThat(reply("en", ShipmentAnalysis.of(Orders.threeBoxesAndAGiftCard())))
                .doesNotContain("Gift Card").contains("Ironing Board hasn't shipped yet");
    }

    @Test
    void a_status_shopify_added_since_makes_the_reply_check_rather_than_claim() {
        var text = reply("en", ShipmentAnalysis.of(Orders.unknownValues()));

        assertThat(text).contains("We're checking with UPS on the latest status of the package with Fabric Scissors.")
                .contains("We're checking on Seam Ripper and will get back to you shortly.")
                .doesNotContain("handed to locker", "unknown");
    }

    @Test
    void french_elides_de_before_a_vowel_and_spanish_uses_e_before_an_i_sound() {
        assertThat(French.of("Aiguilles")).isEqualTo("d'Aiguilles");
        assertThat(French.of("2 × Aiguilles")).isEqualTo("de 2 × Aiguilles");
        assertThat(Spanish.WORDING.and(List.of("Hilo", "Imanes"))).isEqualTo("Hilo e Imanes");
        assertThat(Spanish.WORDING.and(List.of("Hilo", "Agujas"))).isEqualTo("Hilo y Agujas");
        assertThat(French.WORDING.day(java.time.LocalDate.of(2026, 3, 1))).isEqualTo("1er mars 2026");
    }
}

package dev.gorgiasbridge.adapters.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DraftGuardrailsTest {
    private static final ReplyFacts FACTS = SampleFacts.splitShipment();
    private final DraftGuardrails guardrails = new DraftGuardrails(false);

    private Optional<FallbackReason> check(String draft) {
        return guardrails.rejection(draft, FACTS);
    }

    private static String good(String replaced, String by) {
        assertThat(SampleFacts.GOOD_DRAFT).contains(replaced);
        return SampleFacts.GOOD_DRAFT.replace(replaced, by);
    }

    @Test
    void a_draft_stating_only_the_facts_passes() {
        assertThat(check(SampleFacts.GOOD_DRAFT)).isEmpty();
    }

    @Test
    void empty_short_and_long_drafts_are_refused() {
        assertThat(check("  \n ")).contains(FallbackReason.EMPTY);
        assertThat(check("Hi Maria, it's coming.")).contains(FallbackReason.TOO_SHORT);
        assertThat(check("Hi Maria, your parcel is on its way. ".repeat(50))).contains(FallbackReason.TOO_LONG);
    }

    @Test
    void an_order_name_not_in_the_facts_is_refused_however_it_is_written() {
        assertThat(check(good("order #1042", "order #1043"))).contains(FallbackReason.ORDER_NAME_NOT_IN_FACTS);
        assertThat(check(good("order #1042", "order number 1043"))).contains(FallbackReason.ORDER_NAME_NOT_IN_FACTS);
        assertThat(check(good("order #1042", "order 1042"))).isEmpty();
    }

    @Test
    void a_tracking_number_not_in_the_facts_is_refused() {
        assertThat(check(good(SampleFacts.DELIVERED, "1Z999AA10123456785")))
                .contains(FallbackReason.TRACKING_NUMBER_NOT_IN_FACTS);
    }

    @Test
    void a_tracking_number_split_by_spaces_is_read_whole() {
        assertThat(check(good(SampleFacts.IN_TRANSIT + ":", "9400 1118 9922 3197 4284 90:"))).isEmpty();
        assertThat(check(good(SampleFacts.IN_TRANSIT + ":", "9400 1118 9922 3197 4284 99:")))
                .contains(FallbackReason.TRACKING_NUMBER_NOT_IN_FACTS);
    }

    @Test
    void a_tracking_number_from_the_customers_own_message_is_not_a_fact() {
        var facts = new ReplyFacts(FACTS.customerFirstName(), FACTS.orders(), FACTS.lookup(), FACTS.shopName(),
                FACTS.language(), Optional.of("My neighbour got parcel 1Z999AA10999999999, is it mine?"),
                Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(guardrails.rejection(good(SampleFacts.DELIVERED, "1Z999AA10999999999"), facts))
                .contains(FallbackReason.TRACKING_NUMBER_NOT_IN_FACTS);
    }

    @Test
    void a_link_not_in_the_facts_is_refused_and_a_known_one_may_end_a_sentence() {
        assertThat(check(good(SampleFacts.IN_TRANSIT_LINK, "https://usps-tracking.example/9400111899223197428490")))
                .contains(FallbackReason.LINK_NOT_IN_FACTS);
        assertThat(check(good(SampleFacts.IN_TRANSIT_LINK, "www.lindas-sewing.example/returns")))
                .contains(FallbackReason.LINK_NOT_IN_FACTS);
        assertThat(check(good(SampleFacts.IN_TRANSIT_LINK, "(" + SampleFacts.IN_TRANSIT_LINK + ")."))).isEmpty();
    }

    @Test
    void a_carrier_not_in_the_facts_is_refused_but_ordinary_words_are_not_carriers() {
        assertThat(check(good("with USPS", "with FedEx"))).contains(FallbackReason.CARRIER_NOT_IN_FACTS);
        assertThat(check(good("(UPS, tracking", "(DHL, tracking"))).contains(FallbackReason.CARRIER_NOT_IN_FACTS);
        assertThat(check(good("Thanks for checking in!", "Thanks for checking in, despite the ups and downs!"))).isEmpty();
    }

    @Test
    void a_date_the_facts_name_passes_however_it_is_written_but_a_time_or_an_amount_is_not_in_the_facts() {
        assertThat(check(good("on January 5", "on 2026-01-05"))).isEmpty();
        assertThat(check(good("on January 5", "on 5 January 2026"))).isEmpty();
        assertThat(check(good("on January 5", "on 01/05/2026"))).isEmpty();
        assertThat(check(good("on January 5", "on January 6"))).contains(FallbackReason.DATE_NOT_IN_FACTS);
        assertThat(check(good("on January 5", "on January 5 at 12:30"))).contains(FallbackReason.NUMBER_NOT_IN_FACTS);
        assertThat(check(good("on January 5", "on January 5 (order total 412.80)"))).contains(FallbackReason.AMOUNT_NOT_IN_FACTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We will refund the attachment.", "Here is a 10% discount for the wait.",
            "We've added store credit to your account.", "Use coupon SORRY10.", "Shipping is free of charge.",
            "Nous allons vous rembourser.", "Wir senden Ihnen einen Gutschein.", "Le ofrecemos un descuento.",
            "Ti offriamo uno sconto.", "U krijgt korting op uw volgende bestelling.", "You'll get your money back."})
    void a_monetary_promise_is_refused_in_any_of_the_checked_languages(String promise) {
        var facts = SampleFacts.splitShipment(Optional.empty());

        assertThat(guardrails.rejection(good("Best regards", promise + "\n\nBest regards"), facts))
                .contains(FallbackReason.MONETARY_PROMISE);
    }

    @Test
    void a_monetary_promise_passes_when_configured() {
        assertThat(new DraftGuardrails(true).rejection(good("Best regards", "We will refund it.\n\nBest regards"), FACTS))
                .isEmpty();
    }

    @Test
    void a_draft_in_another_language_than_the_tickets_is_refused() {
        String french = """
                Bonjour Maria,

                Merci pour votre message. Votre commande #1042 est partie en deux colis : le premier a été livré, \
                le second est en route avec USPS. Nous vous tiendrons au courant pour le reste.

                Bien cordialement,
                L'équipe Linda's Sewing""";

        assertThat(guardrails.rejection(french, SampleFacts.splitShipment(Optional.of("fr")))).isEmpty();
        assertThat(guardrails.rejection(french, SampleFacts.splitShipment(Optional.of("en"))))
                .contains(FallbackReason.WRONG_LANGUAGE);
        assertThat(guardrails.rejection(SampleFacts.GOOD_DRAFT, SampleFacts.splitShipment(Optional.of("de-DE"))))
                .contains(FallbackReason.WRONG_LANGUAGE);
    }

    @Test
    void a_customer_language_replies_are_not_written_in_expects_english_as_the_template_writes() {
        String french = """
                Bonjour Maria,

                Merci pour votre message. Votre commande #1042 est partie en deux colis : le premier a été livré, \
                le second est en route avec USPS. Nous vous tiendrons au courant pour le reste.

                Bien cordialement,
                L'équipe Linda's Sewing""";

        assertThat(guardrails.rejection(SampleFacts.GOOD_DRAFT, SampleFacts.splitShipment(Optional.of("ja")))).isEmpty();
        assertThat(guardrails.rejection(SampleFacts.GOOD_DRAFT, SampleFacts.splitShipment(Optional.empty()))).isEmpty();
        assertThat(guardrails.rejection(french, SampleFacts.splitShipment(Optional.of("ja"))))
                .contains(FallbackReason.WRONG_LANGUAGE);
    }

    @Test
    void a_draft_in_a_language_whose_statuses_are_not_read_is_refused_as_unchecked() {
        String italian = "Ciao Maria, il tuo ordine #1042 è stato consegnato per intero. Grazie per la pazienza, il team";
        String greek = "Γεια σας Μαρία, η παραγγελία #1042 έχει παραδοθεί πλήρως. Ευχαριστούμε πολύ για την υπομονή σας.";

        assertThat(guardrails.rejection(italian, SampleFacts.splitShipment(Optional.of("it"))))
                .contains(FallbackReason.LANGUAGE_NOT_CHECKED);
        assertThat(guardrails.rejection(greek, SampleFacts.splitShipment(Optional.of("el"))))
                .contains(FallbackReason.LANGUAGE_NOT_CHECKED);
    }

    @Test
    void without_orders_any_order_name_or_tracking_number_is_invented() {
        var none = ReplyFacts.withoutOrders(LookupStatus.NO_ORDERS_FOUND, Optional.of("Maria"));

        assertThat(guardrails.rejection("Hi Maria, could you send me your order number? Then I can look into it.", none))
                .isEmpty();
        assertThat(guardrails.rejection("Hi Maria, your order #1042 has shipped and is on its way to you.", none))
                .contains(FallbackReason.ORDER_NAME_NOT_IN_FACTS);
    }

    @Test
    void a_package_is_named_by_any_of_its_tracking_numbers_and_each_number_must_be_exact() {
        var boxes = CorpusFacts.BOXES.in(Optional.of("en"));

        assertThat(guardrails.rejection("Hi Lena, the box 00340434161094055518 is on its way, like 00340434161094055501."
                + " Best, Linda's Sewing", boxes)).isEmpty();
        assertThat(guardrails.rejection("Hi Lena, the box 00340434161094055518 has been delivered. Best, Linda's Sewing", boxes))
                .contains(FallbackReason.STATUS_NOT_IN_FACTS);
        assertThat(guardrails.rejection("Hi Lena, your DHL boxes 00340434161094055501 and 00340434161094055581 are on their way."
                + " Best, Linda's Sewing", boxes)).contains(FallbackReason.TRACKING_NUMBER_NOT_IN_FACTS);
    }

    @Test
    void no_status_is_confirmed_for_a_package_whose_shopify_status_is_unknown_here() {
        var boxes = CorpusFacts.BOXES.in(Optional.of("en"));

        assertThat(guardrails.rejection("Hi Lena, we're checking on your GLS package (ZX81234567DE) and will get back to you."
                + " Best, Linda's Sewing", boxes)).isEmpty();
        assertThat(guardrails.rejection("Hi Lena, your GLS package ZX81234567DE is in transit. Best, Linda's Sewing", boxes))
                .contains(FallbackReason.STATUS_NOT_IN_FACTS);
        assertThat(guardrails.rejection("Hi Lena, your GLS package has not been delivered yet. Best, Linda's Sewing", boxes))
                .contains(FallbackReason.STATUS_NOT_IN_FACTS);
    }

    @Test
    void an_item_that_never_ships_is_never_on_its_way_nor_not_shipped_yet() {
        var boxes = CorpusFacts.BOXES.in(Optional.of("en"));

        assertThat(guardrails.rejection("Hi Lena, your gift card needs no shipping: it is not shipped. Best, Linda's Sewing", boxes))
                .isEmpty();
        assertThat(guardrails.rejection("Hi Lena, your gift card hasn't shipped yet. Best, Linda's Sewing", boxes))
                .contains(FallbackReason.STATUS_NOT_IN_FACTS);
        assertThat(guardrails.rejection("Hi Lena, your gift card is on its way with DHL. Best, Linda's Sewing", boxes))
                .contains(FallbackReason.STATUS_NOT_IN_FACTS);
        assertThat(guardrails.rejection("Hallo Lena, Ihr Gutschein wurde noch nicht versandt. Viele Grüße, Linda's Sewing",
                CorpusFacts.BOXES.in(Optional.of("de")))).contains(FallbackReason.STATUS_NOT_IN_FACTS);
    }

    @Test
    void the_customers_own_gift_card_is_no_monetary_promise_but_another_one_is() {
        var boxes = CorpusFacts.BOXES.in(Optional.of("en"));

        assertThat(guardrails.rejection("Hi Lena, your Gift Card needs no shipping, so there is nothing to track for it."
                + " Best, Linda's Sewing", boxes)).isEmpty();
        assertThat(guardrails.rejection("Hi Lena, sorry for the wait: here is another gift card for you. Best, Linda's Sewing",
                boxes)).contains(FallbackReason.MONETARY_PROMISE);
        assertThat(guardrails.rejection(good("Best regards", "Your gift card is on its way.\n\nBest regards"), FACTS))
                .contains(FallbackReason.MONETARY_PROMISE);
    }

    @Test
    void a_pickup_or_a_local_delivery_is_never_shipped_nor_tracked_and_its_pickup_status_is_checked() {
        var pickup = CorpusFacts.STORE_PICKUP.in(Optional.of("en"));
        var local = CorpusFacts.LOCAL_DELIVERY.in(Optional.of("en"));

        assertThat(guardrails.rejection("Hi Chloé, your Quilt Frame is ready for pickup at our shop, and we're preparing the"
                + " Thread Snips. Best, Linda's Sewing", pickup)).isEmpty();
        assertThat(guardrails.rejection("Hi Chloé, your Quilt Frame has shipped. Best, Linda's Sewing", pickup))
                .contains(FallbackReason.STATUS_NOT_IN_FACTS);
        assertThat(guardrails.rejection("Hi Chloé, the Thread Snips haven't shipped yet. Best, Linda's Sewing", pickup))
                .contains(FallbackReason.STATUS_NOT_IN_FACTS);
        assertThat(guardrails.rejection("Hi Chloé, your Quilt Frame is ready for pickup; we'll email you its tracking link."
                + " Best, Linda's Sewing", pickup)).contains(FallbackReason.STATUS_NOT_IN_FACTS);
        assertThat(guardrails.rejection("Hi Chloé, you picked up your Quilt Frame. Best, Linda's Sewing", pickup))
                .contains(FallbackReason.STATUS_NOT_IN_FACTS);
        assertThat(guardrails.rejection("Bonjour Chloé, les Thread Snips sont prêts à être retirés. Cordialement, Linda's Sewing",
                CorpusFacts.STORE_PICKUP.in(Optional.of("fr")))).contains(FallbackReason.STATUS_NOT_IN_FACTS);
        assertThat(guardrails.rejection("Hi Lukas, your Ironing Board Cover is out for local delivery. Best, Linda's Sewing",
                local)).isEmpty();
        assertThat(guardrails.rejection("Hi Lukas, your Ironing Board Cover is out for delivery, track it with the tracking"
                + " number we sent. Best, Linda's Sewing", local)).contains(FallbackReason.STATUS_NOT_IN_FACTS);
    }

    @Test
    void credentials_and_system_details_never_reach_the_customer() {
        var refused = CorpusFacts.REFUSED.in(Optional.of("en"));

        assertThat(guardrails.rejection("Hi Alex, we can't look up your order right now; our team is checking and will get"
                + " back to you. Best, Linda's Sewing", refused)).isEmpty();
        assertThat(guardrails.rejection("Hi Alex, our Shopify access token was refused, so I can't see your order."
                + " Best, Linda's Sewing", refused)).contains(FallbackReason.INTERNAL_DETAILS);
        assertThat(guardrails.rejection("Hi Alex, the app is missing the read_orders scope; we'll get back to you."
                + " Best, Linda's Sewing", refused)).contains(FallbackReason.INTERNAL_DETAILS);
        assertThat(guardrails.rejection("Hi Alex, your order has shipped; we'll confirm the details soon. Best, Linda's Sewing",
                refused)).contains(FallbackReason.STATUS_NOT_IN_FACTS);
    }

    @Test
    void a_request_for_personal_data_credentials_or_a_contact_channel_is_refused_in_any_of_the_four_languages() {
        String facts = "Hi Maria, the USPS package is in transit, expected January 8. ";
        assertThat(check(facts + "Reply with the code we just texted you. Best, the team"))
                .contains(FallbackReason.PERSONAL_DATA_OR_CONTACT);
        assertThat(check(facts + "Message us on WhatsApp for faster help. Best, the team"))
                .contains(FallbackReason.PERSONAL_DATA_OR_CONTACT);
        assertThat(check(facts + "Our team lead will phone you about it. Best, the team"))
                .contains(FallbackReason.PERSONAL_DATA_OR_CONTACT);
        assertThat(check(facts + "Bitte senden Sie uns Ihr Passwort. Best, the team"))
                .contains(FallbackReason.PERSONAL_DATA_OR_CONTACT);
        assertThat(check(facts + "Call eight zero zero five five five. Best, the team")).isPresent();
    }

    @Test
    void the_greeting_names_the_customer_or_nobody() {
        String rest = ", your UPS package was delivered January 5 and the USPS package is in transit. Best, the team";
        assertThat(check("Hi Maria" + rest)).isEmpty();
        assertThat(check("Hi there" + rest)).isEmpty();
        assertThat(check("Hi Linda" + rest)).contains(FallbackReason.WRONG_CUSTOMER_NAME);
        assertThat(check("Hi Mrs. Johnson" + rest)).contains(FallbackReason.WRONG_CUSTOMER_NAME);
    }

    @Test
    void money_offered_in_other_words_is_a_monetary_promise() {
        String facts = "Hi Maria, the USPS package is in transit, expected January 8. ";
        for (String promise : java.util.List.of("We'll pay you back for it.", "We'll issue a r e f u n d for it.",
                "Take ten percent off your next order.", "Use code SORRY at checkout.", "Shipping is at our expense.",
                "Le devolveremos el dinero.", "Wir übernehmen die Versandkosten.", "Nous vous rendrons votre argent.")) {
            assertThat(check(facts + promise + " Best, the team")).as(promise).contains(FallbackReason.MONETARY_PROMISE);
        }
    }

    @Test
    void an_item_must_be_one_of_the_order_with_its_quantity_and_in_its_own_package() {
        assertThat(check("Hi Maria, the Walking Foot Attachment and the Seam Ripper are in the USPS package. Best, the team"))
                .contains(FallbackReason.ITEM_NOT_IN_FACTS);
        assertThat(check("Hi Maria, your three Rotary Cutters are in the USPS package, in transit. Best, the team"))
                .contains(FallbackReason.ITEM_NOT_IN_FACTS);
        assertThat(check("Hi Maria, the Walking Foot Attachment is in the USPS package. Best, the team"))
                .contains(FallbackReason.ITEM_NOT_IN_FACTS);
        assertThat(check("Hi Maria, your two Rotary Cutters are in the USPS package, in transit. Best, the team")).isEmpty();
    }

    @Test
    void a_date_or_week_day_belongs_to_the_package_the_clause_is_about() {
        assertThat(check("Hi Maria, the UPS package is expected January 8. The Walking Foot Attachment has not shipped yet. Best, the team"))
                .contains(FallbackReason.DATE_NOT_IN_FACTS);
        assertThat(check("Hi Maria, the UPS package was delivered January 5 and the USPS package is expected on Monday. Best, the team"))
                .contains(FallbackReason.DATE_NOT_IN_FACTS);
        assertThat(check("Hi Maria, the UPS package was delivered January 5 and the USPS package is expected on Thursday. Best, the team"))
                .isEmpty();
    }

    @Test
    void with_no_order_found_a_draft_says_nothing_about_deliveries() {
        var none = ReplyFacts.withoutOrders(LookupStatus.NO_ORDERS_FOUND, Optional.of("Sam"));
        assertThat(guardrails.rejection("Hi Sam, your package is with the courier and on its way to you. Best, the team", none))
                .contains(FallbackReason.STATUS_NOT_IN_FACTS);
        assertThat(guardrails.rejection("Hi Sam, we could not find an order under this address. Could you send us its number?", none))
                .isEmpty();
    }

    @Test
    void a_word_about_the_goods_that_no_status_phrase_reads_is_refused_but_questions_suppositions_and_team_actions_are_not() {
        String facts = "Hi Maria, the USPS package is in transit, expected January 8. ";
        // Unverifiable: no status phrase reads these, so they count as failures (docs/ai-drafts.md).
        assertThat(check(facts + "The Walking Foot Attachment is already on the Postweg. Best, the team"))
                .contains(FallbackReason.STATUS_NOT_IN_FACTS);
        assertThat(check(facts + "The UPS parcel was left with your neighbour. Best, the team"))
                .contains(FallbackReason.STATUS_NOT_IN_FACTS);
        assertThat(check(facts + "El paquete de UPS quedó con su vecino. Best, the team"))
                .contains(FallbackReason.STATUS_NOT_IN_FACTS);
        // Questions, suppositions and the team's own doings state nothing about the goods.
        assertThat(check(facts + "Has the UPS parcel been left with a neighbour? Best, the team")).isEmpty();
        assertThat(check(facts + "We'll send you the tracking number as soon as the attachment is posted. Best, the team")).isEmpty();
        assertThat(check(facts + "Thanks for reaching out, we'll keep you posted. Best, the team")).isEmpty();
    }

    @Test
    void a_tracking_number_written_with_separators_is_posted_exactly_as_the_facts_give_it() {
        var facts = CorpusFacts.SPLIT.in(java.util.Optional.of("en"));

        assertThat(DraftGuardrails.posted("Hi Maria, your USPS tracking number is 9400-1118-9922-3197-4284-90.", facts))
                .isEqualTo("Hi Maria, your USPS tracking number is 9400111899223197428490.");
        assertThat(DraftGuardrails.posted("Hi Maria, your USPS tracking number is 9400-1118-9922-3197-4284-91.", facts))
                .contains("9400-1118-9922-3197-4284-91");
    }
}

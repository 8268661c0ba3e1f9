package dev.gorgiasbridge.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.domain.customer.InvalidCustomerKey.Reason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerKeyTest {

    @Test
    void the_fixture_customer_has_the_documented_canonical_forms() {
        assertThat(CustomerKey.shopify("gid://shopify/Customer/7460267524351").canonical())
                .isEqualTo("shopify:7460267524351");
        assertThat(CustomerKey.gorgias(412000387L).canonical()).isEqualTo("gorgias:412000387");
        assertThat(CustomerKey.email("Maria.Keller@Example.com").canonical()).isEqualTo("email:maria.keller@example.com");
    }

    @Test
    void a_gorgias_id_reads_the_same_as_number_string_or_padded_string() {
        assertThat(CustomerKey.gorgias("412000387"))
                .isEqualTo(CustomerKey.gorgias(" 412000387 "))
                .isEqualTo(CustomerKey.gorgias(412000387L));
    }

    @Test
    void a_shopify_gid_and_its_number_are_the_same_customer() {
        var fromGid = CustomerKey.shopify("gid://shopify/Customer/7460267524351");

        assertThat(fromGid).isEqualTo(CustomerKey.shopify("7460267524351")).isEqualTo(CustomerKey.shopify(7460267524351L));
        assertThat(fromGid.gid()).isEqualTo("gid://shopify/Customer/7460267524351");
    }

    @Test
    void an_email_is_stripped_and_lower_cased() {
        assertThat(CustomerKey.email("  Maria.Keller@EXAMPLE.com\t").address()).isEqualTo("maria.keller@example.com");
    }

    @Test
    void the_same_kind_of_id_for_two_systems_are_different_customers() {
        assertThat((CustomerKey) CustomerKey.shopify(412000387L)).isNotEqualTo(CustomerKey.gorgias(412000387L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"shopify:7460267524351", "gorgias:412000387", "email:maria.keller@example.com"})
    void a_canonical_form_parses_back_to_itself(String canonical) {
        assertThat(CustomerKey.parse(canonical).canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc                                 | NOT_A_NUMBER",
        "12a4                                | NOT_A_NUMBER",
        "4.12000387E8                        | NOT_A_NUMBER",
        "412000387.0                         | NOT_A_NUMBER",
        "+412000387                          | NOT_A_NUMBER",
        "١٢٣                                 | NOT_A_NUMBER",
        "0                                   | NOT_POSITIVE",
        "000                                 | NOT_POSITIVE",
        "-7                                  | NOT_POSITIVE",
        "9223372036854775808                 | TOO_LONG",
        "99999999999999999999999             | TOO_LONG",
        "gid://shopify/Customer/7460267524351 | NOT_A_NUMBER",
    })
    void a_gorgias_id_that_is_not_a_positive_number_is_refused(String id, Reason reason) {
        assertRefused(() -> CustomerKey.gorgias(id), reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gid://shopify/Order/5512345678901       | WRONG_GID_TYPE",
        "gid://shopify/LineItem/13000000001      | WRONG_GID_TYPE",
        "gid://acme/Customer/7460267524351       | MALFORMED_GID",
        "gid://shopify/Customer                  | MALFORMED_GID",
        "gid://shopify/Customer/7460267524351/x  | MALFORMED_GID",
        "gid://shopify/Customer/                 | BLANK",
        "gid://shopify/Customer/abc              | NOT_A_NUMBER",
        "gid://shopify/Customer/7460?x=1         | NOT_A_NUMBER",
        "gid://shopify/Customer/0                | NOT_POSITIVE",
        "shopify:7460267524351                   | NOT_A_NUMBER",
    })
    void a_shopify_id_of_the_wrong_shape_is_refused(String idOrGid, Reason reason) {
        assertRefused(() -> CustomerKey.shopify(idOrGid), reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "maria.keller.example.com      | MALFORMED_EMAIL",
        "maria@keller@example.com      | MALFORMED_EMAIL",
        "@example.com                  | MALFORMED_EMAIL",
        "maria@                        | MALFORMED_EMAIL",
        "maria@localhost               | MALFORMED_EMAIL",
        "maria@example..com            | MALFORMED_EMAIL",
        ".maria@example.com            | MALFORMED_EMAIL",
        "maria keller@example.com      | MALFORMED_EMAIL",
        "maria@exam ple.com            | MALFORMED_EMAIL",
        "\"maria\"@example.com         | MALFORMED_EMAIL",
        "maria@example.com OR email:x  | MALFORMED_EMAIL",
    })
    void an_email_that_is_not_an_address_is_refused(String address, Reason reason) {
        assertRefused(() -> CustomerKey.email(address), reason);
    }

    @Test
    void control_and_invisible_characters_inside_a_value_are_refused() {
        assertRefused(() -> CustomerKey.email("maria\u0000@example.com"), Reason.CONTROL_CHARACTER);
        assertRefused(() -> CustomerKey.email("maria\u200B@example.com"), Reason.CONTROL_CHARACTER);
        assertRefused(() -> CustomerKey.gorgias("4120\n00387"), Reason.CONTROL_CHARACTER);
        assertRefused(() -> CustomerKey.shopify("gid://shopify/Customer/7460\u0007"), Reason.CONTROL_CHARACTER);
    }

    @Test
    void blank_values_are_refused() {
        assertRefused(() -> CustomerKey.email(null), Reason.BLANK);
        assertRefused(() -> CustomerKey.email("   "), Reason.BLANK);
        assertRefused(() -> CustomerKey.gorgias(""), Reason.BLANK);
        assertRefused(() -> CustomerKey.shopify(" \t "), Reason.BLANK);
        assertRefused(() -> CustomerKey.parse(null), Reason.BLANK);
    }

    @Test
    void overly_long_input_is_refused_before_it_is_read() {
        assertRefused(() -> CustomerKey.gorgias("1".repeat(10_000)), Reason.TOO_LONG);
        assertRefused(() -> CustomerKey.gorgias(" ".repeat(400) + "412000387"), Reason.TOO_LONG);
        assertRefused(() -> CustomerKey.email("a".repeat(250) + "@example.com"), Reason.TOO_LONG);
    }

    @Test
    void a_local_part_longer_than_64_characters_is_refused() {
        assertRefused(() -> CustomerKey.email("a".repeat(65) + "@example.com"), Reason.MALFORMED_EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7460267524351", "customer:7460267524351", "Shopify:7460267524351", ":1"})
    void text_without_a_known_kind_is_not_a_customer_key(String text) {
        assertRefused(() -> CustomerKey.parse(text), Reason.UNKNOWN_KIND);
    }

    @Test
    void a_known_kind_with_a_bad_value_is_refused_for_the_value() {
        assertRefused(() -> CustomerKey.parse("shopify:gid://shopify/Order/1"), Reason.WRONG_GID_TYPE);
        assertRefused(() -> CustomerKey.parse("email:nobody"), Reason.MALFORMED_EMAIL);
        assertRefused(() -> CustomerKey.parse("gorgias:"), Reason.BLANK);
    }

    @Test
    void the_reason_message_never_repeats_the_rejected_email() {
        assertThatThrownBy(() -> CustomerKey.email("maria keller@example.com"))
                .hasMessageNotContaining("maria").hasMessageNotContaining("example");
    }

    @Test
    void records_refuse_ids_below_one_even_when_built_directly() {
        assertRefused(() -> new CustomerKey.ShopifyCustomer(0), Reason.NOT_POSITIVE);
        assertRefused(() -> new CustomerKey.GorgiasCustomer(-1), Reason.NOT_POSITIVE);
    }

    private static void assertRefused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidCustomerKey.class,
                invalid -> assertThat(invalid.reason()).isEqualTo(reason));
    }
}

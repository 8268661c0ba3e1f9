package dev.gorgiasbridge.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerIdentityTest {
    private static final GorgiasIntegration FIXTURE_SHOPIFY = GorgiasIntegration.of("shopify", "7460267524351");

    @Test
    void the_fixture_ticket_customer_is_keyed_by_the_linked_shopify_id() {
        var identity = CustomerIdentity.read("412000387", "Maria.Keller@Example.com", List.of(FIXTURE_SHOPIFY));

        assertThat(identity.bestKey()).contains(CustomerKey.shopify(7460267524351L));
        assertThat(identity.keys()).containsExactly(CustomerKey.shopify(7460267524351L),
                CustomerKey.email("maria.keller@example.com"), CustomerKey.gorgias(412000387L));
        assertThat(identity.unreadable()).isEmpty();
    }

    @Test
    void without_a_shopify_link_the_email_is_the_best_key() {
        var identity = CustomerIdentity.read("412000387", "maria.keller@example.com", List.of());

        assertThat(identity.bestKey()).contains(CustomerKey.email("maria.keller@example.com"));
    }

    @Test
    void with_only_a_gorgias_id_that_id_is_the_key() {
        var identity = CustomerIdentity.read(" 412000387 ", null, List.of());

        assertThat(identity.bestKey()).contains(CustomerKey.gorgias(412000387L));
    }

    @Test
    void nothing_known_means_no_key() {
        assertThat(CustomerIdentity.read(null, " ", List.of()).bestKey()).isEmpty();
    }

    @Test
    void a_malformed_email_is_noted_and_the_next_key_is_used() {
        var identity = CustomerIdentity.read("412000387", "maria at example", List.of());

        assertThat(identity.bestKey()).contains(CustomerKey.gorgias(412000387L));
        assertThat(identity.unreadable()).singleElement().asString().contains("email").doesNotContain("maria");
    }

    @Test
    void of_several_addresses_the_first_that_reads_as_an_email_is_the_customer_s() {
        var identity = CustomerIdentity.readWithEmails("412000512",
                List.of("+49 30 1234567", "  Juergen.Weiss@Example.DE ", "weiss.einkauf@example.de"), List.of());

        assertThat(identity.email()).contains(CustomerKey.email("juergen.weiss@example.de"));
        assertThat(identity.bestKey()).contains(CustomerKey.email("juergen.weiss@example.de"));
        assertThat(identity.unreadable()).singleElement().asString().contains("email").doesNotContain("1234567");
    }

    @Test
    void no_readable_address_among_several_leaves_the_gorgias_id() {
        var identity = CustomerIdentity.readWithEmails("412000512", List.of("+49 30 1234567", " "), List.of());

        assertThat(identity.email()).isEmpty();
        assertThat(identity.bestKey()).contains(CustomerKey.gorgias(412000512L));
    }

    @Test
    void two_different_linked_shopify_customers_are_not_guessed_between() {
        var identity = CustomerIdentity.read(null, "maria.keller@example.com",
                List.of(FIXTURE_SHOPIFY, GorgiasIntegration.of("shopify", "gid://shopify/Customer/99")));

        assertThat(identity.shopify()).isEmpty();
        assertThat(identity.bestKey()).contains(CustomerKey.email("maria.keller@example.com"));
        assertThat(identity.unreadable()).singleElement().asString().contains("2 different Shopify customers");
    }

    @Test
    void a_directly_built_identity_chooses_the_same_way() {
        var identity = new CustomerIdentity(Optional.empty(), Optional.of(CustomerKey.email("a@b.co")),
                Optional.of(CustomerKey.gorgias(5)), List.of());

        assertThat(identity.bestKey()).contains(CustomerKey.email("a@b.co"));
    }
}

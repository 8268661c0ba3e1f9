package dev.gorgiasbridge.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GorgiasIntegrationTest {

    @Test
    void the_shopify_integration_names_the_shopify_customer() {
        var integrations = List.of(GorgiasIntegration.of("http", null), GorgiasIntegration.of("shopify", "7460267524351"));

        assertThat(GorgiasIntegration.shopifyCustomer(integrations)).contains(CustomerKey.shopify(7460267524351L));
    }

    @Test
    void other_integration_types_are_ignored_even_with_a_customer_id() {
        var integrations = List.of(GorgiasIntegration.of("magento2", "555"), GorgiasIntegration.of("recharge", "777"));

        assertThat(GorgiasIntegration.shopifyCustomer(integrations)).isEmpty();
    }

    @Test
    void the_type_is_matched_regardless_of_case_and_padding() {
        assertThat(GorgiasIntegration.of(" Shopify ", "1").isShopify()).isTrue();
        assertThat(GorgiasIntegration.of(null, "1").isShopify()).isFalse();
    }

    @Test
    void a_shopify_integration_without_a_readable_customer_id_yields_nothing() {
        var integrations = List.of(GorgiasIntegration.of("shopify", null), GorgiasIntegration.of("shopify", "n/a"));

        assertThat(GorgiasIntegration.shopifyCustomers(integrations)).isEmpty();
    }

    @Test
    void the_same_customer_linked_twice_in_two_spellings_counts_once() {
        var integrations = List.of(GorgiasIntegration.of("shopify", "7460267524351"),
                GorgiasIntegration.of("shopify", "gid://shopify/Customer/7460267524351"));

        assertThat(GorgiasIntegration.shopifyCustomer(integrations)).contains(CustomerKey.shopify(7460267524351L));
    }

    @Test
    void two_different_shopify_customers_are_ambiguous() {
        var integrations = List.of(GorgiasIntegration.of("shopify", "1"), GorgiasIntegration.of("shopify", "2"));

        assertThat(GorgiasIntegration.shopifyCustomers(integrations)).hasSize(2);
        assertThat(GorgiasIntegration.shopifyCustomer(integrations)).isEmpty();
    }
}

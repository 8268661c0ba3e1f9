package dev.gorgiasbridge.adapters.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gorgiasbridge.domain.customer.CustomerKey;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void a_shopify_customer_is_searched_by_its_numeric_id() {
        assertThat(SearchQuery.of(CustomerKey.shopify("gid://shopify/Customer/7460267524351")))
                .contains("customer_id:7460267524351");
    }

    @Test
    void an_email_is_searched_as_a_quoted_phrase() {
        assertThat(SearchQuery.of(CustomerKey.email("Maria.Keller@example.com")))
                .contains("email:\"maria.keller@example.com\"");
    }

    @Test
    void a_gorgias_customer_cannot_be_searched() {
        assertThat(SearchQuery.of(CustomerKey.gorgias(412000387L))).isEmpty();
    }

    @Test
    void quotes_and_backslashes_are_escaped_so_the_value_cannot_leave_its_quotes() {
        assertThat(SearchQuery.email("a\" OR email:*")).isEqualTo("email:\"a\\\" OR email:*\"");
        assertThat(SearchQuery.email("a\\\" OR x")).isEqualTo("email:\"a\\\\\\\" OR x\"");
        assertThat(SearchQuery.email("trailing\\")).isEqualTo("email:\"trailing\\\\\"");
    }

    @Test
    void control_characters_are_refused() {
        assertThatThrownBy(() -> SearchQuery.email("maria@example.com\nOR email:*"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

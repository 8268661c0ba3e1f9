package dev.gorgiasbridge.domain.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Shopify's enum strings read into domain values; anything unknown is kept in Shopify's words, never an exception. */
class ShopifyStatusTest {

    @Test
    void known_values_read_as_themselves() {
        assertThat(FulfillmentStatus.fromShopify("SUCCESS")).isEqualTo(FulfillmentStatus.SUCCESS);
        assertThat(FulfillmentDisplayStatus.fromShopify("IN_TRANSIT")).isEqualTo(FulfillmentDisplayStatus.IN_TRANSIT);
        assertThat(FulfillmentOrderStatus.fromShopify("ON_HOLD")).isEqualTo(FulfillmentOrderStatus.ON_HOLD);
        assertThat(OrderFulfillmentStatus.fromShopify("PARTIALLY_FULFILLED"))
                .isEqualTo(OrderFulfillmentStatus.PARTIALLY_FULFILLED);
    }

    @Test
    void case_and_padding_do_not_matter() {
        assertThat(FulfillmentDisplayStatus.fromShopify(" out_for_delivery ")).isEqualTo(FulfillmentDisplayStatus.OUT_FOR_DELIVERY);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "TELEPORTED", "IN-TRANSIT", "DELIVERED_TO_NEIGHBOUR"})
    void unknown_or_missing_values_are_kept_as_shopify_sent_them(String value) {
        Unrecognised kept = new Unrecognised(value == null ? "" : value);
        assertThat(FulfillmentStatus.fromShopify(value)).isEqualTo(FulfillmentStatus.OTHER);
        assertThat(FulfillmentDisplayStatus.fromShopify(value)).isEqualTo(kept);
        assertThat(FulfillmentOrderStatus.fromShopify(value)).isEqualTo(kept);
        assertThat(DeliveryMethodType.fromShopify(value)).isEqualTo(kept);
        assertThat(OrderFulfillmentStatus.fromShopify(value)).isEqualTo(OrderFulfillmentStatus.OTHER);
    }

    @Test
    void an_unknown_value_reads_in_shopify_s_own_words_never_as_other() {
        assertThat(FulfillmentDisplayStatus.fromShopify("SOMETHING_NEW").words()).isEqualTo("something new");
        assertThat(FulfillmentOrderStatus.fromShopify("AWAITING_ROBOT").words()).isEqualTo("awaiting robot");
        assertThat(DeliveryMethodType.fromShopify("drone_drop").words()).isEqualTo("drone drop");
        assertThat(FulfillmentDisplayStatus.fromShopify(null).words()).isEqualTo("not reported");
    }

    @Test
    void every_delivery_method_says_how_it_reaches_the_customer() {
        assertThat(DeliveryMethodType.PICK_UP.handover()).isEqualTo(DeliveryMethod.Handover.STORE_PICKUP);
        assertThat(DeliveryMethodType.LOCAL.handover()).isEqualTo(DeliveryMethod.Handover.LOCAL_DELIVERY);
        assertThat(DeliveryMethodType.PICKUP_POINT.handover()).isEqualTo(DeliveryMethod.Handover.CARRIER);
        assertThat(DeliveryMethodType.RETAIL.handover()).isEqualTo(DeliveryMethod.Handover.NONE);
        assertThat(DeliveryMethodType.fromShopify("SOMETHING_NEW").handover()).isEqualTo(DeliveryMethod.Handover.CARRIER);
    }

    @Property
    void no_string_makes_reading_a_status_fail(@ForAll String value) {
        assertThat(FulfillmentStatus.fromShopify(value)).isNotNull();
        assertThat(FulfillmentDisplayStatus.fromShopify(value)).isNotNull();
        assertThat(FulfillmentOrderStatus.fromShopify(value)).isNotNull();
        assertThat(OrderFulfillmentStatus.fromShopify(value)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(FulfillmentDisplayStatus.class)
    void every_display_status_reads_back_from_its_name_and_has_a_stage(FulfillmentDisplayStatus status) {
        assertThat(FulfillmentDisplayStatus.fromShopify(status.name())).isEqualTo(status);
        assertThat(status.stage()).isNotNull();
    }

    @Test
    void only_cancelled_error_and_failure_fulfillments_are_inactive() {
        assertThat(Arrays.stream(FulfillmentStatus.values()).filter(s -> !s.isActive()))
                .containsExactlyInAnyOrder(FulfillmentStatus.CANCELLED, FulfillmentStatus.ERROR, FulfillmentStatus.FAILURE);
    }
}

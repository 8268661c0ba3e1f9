package dev.gorgiasbridge.domain.shipment;

import static dev.gorgiasbridge.domain.shipment.DeliveryStage.DELIVERED;
import static dev.gorgiasbridge.domain.shipment.DeliveryStage.DELIVERY_ATTEMPTED;
import static dev.gorgiasbridge.domain.shipment.DeliveryStage.DELIVERY_FAILED;
import static dev.gorgiasbridge.domain.shipment.DeliveryStage.IN_TRANSIT;
import static dev.gorgiasbridge.domain.shipment.DeliveryStage.NOT_SHIPPED;
import static dev.gorgiasbridge.domain.shipment.DeliveryStage.OUT_FOR_DELIVERY;
import static dev.gorgiasbridge.domain.shipment.DeliveryStage.PREPARING;
import static dev.gorgiasbridge.domain.shipment.DeliveryStage.SHIPPED;
import static dev.gorgiasbridge.domain.shipment.DeliveryStage.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryStageTest {

    @Test
    void the_happy_path_advances_in_order() {
        assertThat(List.of(NOT_SHIPPED, PREPARING, SHIPPED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED)).isSorted();
    }

    @Test
    void problems_and_unknowns_rank_below_every_normal_stage() {
        assertThat(List.of(DELIVERY_FAILED, DELIVERY_ATTEMPTED, UNKNOWN, NOT_SHIPPED)).isSorted();
    }

    @ParameterizedTest
    @CsvSource({
        "FULFILLED, SHIPPED", "MARKED_AS_FULFILLED, SHIPPED",
        "LABEL_PRINTED, PREPARING", "LABEL_PURCHASED, PREPARING", "CONFIRMED, PREPARING", "SUBMITTED, PREPARING",
        "LABEL_VOIDED, NOT_SHIPPED", "CANCELED, NOT_SHIPPED",
        "CARRIER_PICKED_UP, IN_TRANSIT", "IN_TRANSIT, IN_TRANSIT", "DELAYED, DELAYED",
        "OUT_FOR_DELIVERY, OUT_FOR_DELIVERY", "READY_FOR_PICKUP, READY_FOR_PICKUP",
        "DELIVERED, DELIVERED", "PICKED_UP, DELIVERED",
        "ATTEMPTED_DELIVERY, DELIVERY_ATTEMPTED", "NOT_DELIVERED, DELIVERY_FAILED", "FAILURE, DELIVERY_FAILED",
    })
    void each_display_status_maps_to_its_stage(FulfillmentDisplayStatus status, DeliveryStage stage) {
        assertThat(status.stage()).isEqualTo(stage);
    }

    @Test
    void a_display_status_shopify_added_since_claims_no_stage() {
        assertThat(FulfillmentDisplayStatus.fromShopify("SOMETHING_NEW").stage()).isEqualTo(UNKNOWN);
        assertThat(FulfillmentDisplayStatus.fromShopify(null).stage()).isEqualTo(UNKNOWN);
    }

    @Test
    void only_delivered_and_picked_up_mean_the_customer_has_it() {
        assertThat(Arrays.stream(FulfillmentDisplayStatus.values()).filter(s -> s.stage() == DELIVERED))
                .containsExactlyInAnyOrder(FulfillmentDisplayStatus.DELIVERED, FulfillmentDisplayStatus.PICKED_UP);
    }

    @Test
    void no_stages_means_not_shipped() {
        assertThat(DeliveryStage.leastAdvanced(List.of())).isEqualTo(NOT_SHIPPED);
    }

    @Property
    void the_least_advanced_stage_is_one_of_them_and_at_most_each(@ForAll @Size(min = 1, max = 6) List<DeliveryStage> stages) {
        var least = DeliveryStage.leastAdvanced(stages);

        assertThat(stages).contains(least).allSatisfy(stage -> assertThat(least).isLessThanOrEqualTo(stage));
    }
}

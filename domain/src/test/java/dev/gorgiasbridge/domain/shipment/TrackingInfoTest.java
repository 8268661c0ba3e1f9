package dev.gorgiasbridge.domain.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrackingInfoTest {

    @Test
    void the_url_is_kept_exactly_as_given() {
        String url = "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490&x=%20a+b";

        assertThat(TrackingInfo.of("USPS", "9400111899223197428490", url).url()).contains(url);
    }

    @Test
    void missing_or_blank_parts_are_absent() {
        var info = TrackingInfo.of(null, " ", "");

        assertThat(info.company()).isEmpty();
        assertThat(info.number()).isEmpty();
        assertThat(info.url()).isEmpty();
    }

    @Test
    void carrier_and_number_are_stripped() {
        var info = TrackingInfo.of(" UPS ", " 1Z999AA10123456784\n", null);

        assertThat(info.company()).contains("UPS");
        assertThat(info.number()).contains(new TrackingNumber("1Z999AA10123456784"));
    }

    @Test
    void a_tracking_number_with_control_characters_inside_is_refused() {
        assertThatThrownBy(() -> new TrackingNumber("1Z99\u0000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negative_quantities_are_refused() {
        assertThatThrownBy(() -> new LineItem("Pins", 1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FulfillmentLineItem("Pins", -2)).isInstanceOf(IllegalArgumentException.class);
    }
}

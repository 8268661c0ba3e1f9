package dev.gorgiasbridge.domain.reply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.shipment.Parcel;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import dev.gorgiasbridge.domain.shipment.TrackingNumber;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TemplateReplyPropertiesTest {
    private static final Pattern TRACKING_NUMBER = Pattern.compile("TRK\\d{4}");
    private static final Pattern CARRIER = Pattern.compile("Carrier [A-Z]");
    private static final Pattern ORDER_NAME = Pattern.compile("#\\d+");
    private static final Pattern DAY = Pattern.compile(
            "(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}");

    @Property
    void the_draft_states_no_tracking_number_carrier_order_or_date_missing_from_the_facts(
            @ForAll("analyses") List<ShipmentAnalysis> orders) {
        String text = TemplateReply.draft(Facts.found(orders.toArray(ShipmentAnalysis[]::new))).text();

        List<Parcel> parcels = orders.stream().flatMap(order -> order.parcels().stream()).toList();
        assertThat(found(TRACKING_NUMBER, text)).isSubsetOf(parcels.stream()
                .flatMap(parcel -> parcel.trackingNumbers().stream()).map(TrackingNumber::value).toList());
        assertThat(found(CARRIER, text)).isSubsetOf(parcels.stream().flatMap(parcel -> parcel.carriers().stream()).toList());
        assertThat(found(ORDER_NAME, text)).isSubsetOf(orders.stream().map(ShipmentAnalysis::orderName).toList());
        assertThat(found(DAY, text)).isSubsetOf(Stream.concat(
                        parcels.stream().flatMap(parcel -> Stream.of(parcel.deliveredAt(), parcel.estimatedDeliveryAt())),
                        orders.stream().map(ShipmentAnalysis::cancelledAt))
                .flatMap(Optional::stream).map(ShopCalendar.TIMELESS::day).map(English.WORDING::day).toList());
    }

    @Property
    void the_draft_offers_only_web_links(@ForAll("analyses") List<ShipmentAnalysis> orders) {
        String text = TemplateReply.draft(Facts.found(orders.toArray(ShipmentAnalysis[]::new))).text();

        assertThat(text).doesNotContain("javascript:", "ftp:");
    }

    @Provide
    Arbitrary<List<ShipmentAnalysis>> analyses() {
        return GeneratedOrders.analyses();
    }

    private static Set<String> found(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(match -> match.group()).collect(Collectors.toSet());
    }
}

package dev.gorgiasbridge.domain.reply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.shipment.Fulfillment;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import dev.gorgiasbridge.domain.shipment.FulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.LineItem;
import dev.gorgiasbridge.domain.shipment.Order;
import dev.gorgiasbridge.domain.shipment.OrderFulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.TrackingInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A wholesale quilting order shipped in many boxes: the reply describes at most five packages, and the one
 * the customer is asking about (a delivery attempt) is never the one left out.
 */
class ManyPackagesReplyTest {
    private static final String[] FABRICS = {"Kona Cotton - Snow", "Kona Cotton - Black", "Batting - Queen",
            "Quilting Thread Set - 12 spools", "Rotary Cutter 45mm", "Cutting Mat 24x36", "Walking Foot Attachment"};

    private static ShipmentAnalysis order(FulfillmentDisplayStatus... statuses) {
        List<Fulfillment> boxes = new ArrayList<>();
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            boolean delivered = statuses[i] == FulfillmentDisplayStatus.DELIVERED;
            boxes.add(new Fulfillment(FulfillmentStatus.SUCCESS, statuses[i], Instant.parse("2026-01-0" + (i + 2) + "T09:00:00Z"),
                    delivered ? Optional.of(Instant.parse("2026-01-1" + i + "T11:00:00Z")) : Optional.empty(), Optional.empty(),
                    List.of(TrackingInfo.of("UPS", "1Z999AA1012345678" + i, null)),
                    List.of(new FulfillmentLineItem(FABRICS[i], 1))));
            items.add(new LineItem(FABRICS[i], 1, 1, 0));
        }
        return ShipmentAnalysis.of(new Order("#1088", Instant.parse("2026-01-01T08:00:00Z"), Optional.empty(),
                OrderFulfillmentStatus.FULFILLED, Optional.empty(), items, boxes, List.of()));
    }

    private static String reply(String language, ShipmentAnalysis order) {
        return TemplateReply.draft(new ReplyFacts(Optional.of("Maria"), List.of(order),
                dev.gorgiasbridge.domain.reply.LookupStatus.ORDERS_FOUND, Optional.of("Linda's Sewing"),
                Optional.of(language), Optional.empty())).text();
    }

    @Test
    void the_sixth_package_that_had_a_delivery_attempt_is_described_and_a_delivered_one_is_left_out() {
        var order = order(FulfillmentDisplayStatus.DELIVERED, FulfillmentDisplayStatus.DELIVERED,
                FulfillmentDisplayStatus.DELIVERED, FulfillmentDisplayStatus.DELIVERED, FulfillmentDisplayStatus.DELIVERED,
                FulfillmentDisplayStatus.ATTEMPTED_DELIVERY);

        String text = reply("en", order);

        assertThat(text).contains("1Z999AA10123456785").contains("Cutting Mat 24x36")
                .doesNotContain("1Z999AA10123456784")
                .contains("1 more package is part of this order; I'm happy to send you its details too.");
    }

    @Test
    void packages_not_delivered_yet_come_before_delivered_ones_and_several_left_out_are_counted_in_the_plural() {
        var order = order(FulfillmentDisplayStatus.DELIVERED, FulfillmentDisplayStatus.DELIVERED,
                FulfillmentDisplayStatus.IN_TRANSIT, FulfillmentDisplayStatus.DELIVERED, FulfillmentDisplayStatus.DELIVERED,
                FulfillmentDisplayStatus.OUT_FOR_DELIVERY, FulfillmentDisplayStatus.DELAYED);

        String text = reply("en", order);

        assertThat(text).contains("1Z999AA10123456782", "1Z999AA10123456785", "1Z999AA10123456786")
                .contains("2 more packages are part of this order; I'm happy to send you their details too.");
    }

    @Test
    void every_language_counts_the_packages_left_out_in_the_singular_and_the_plural() {
        var six = order(FulfillmentDisplayStatus.DELIVERED, FulfillmentDisplayStatus.DELIVERED,
                FulfillmentDisplayStatus.DELIVERED, FulfillmentDisplayStatus.DELIVERED, FulfillmentDisplayStatus.DELIVERED,
                FulfillmentDisplayStatus.ATTEMPTED_DELIVERY);
        var seven = order(FulfillmentDisplayStatus.DELIVERED, FulfillmentDisplayStatus.DELIVERED,
                FulfillmentDisplayStatus.DELIVERED, FulfillmentDisplayStatus.DELIVERED, FulfillmentDisplayStatus.DELIVERED,
                FulfillmentDisplayStatus.DELIVERED, FulfillmentDisplayStatus.ATTEMPTED_DELIVERY);

        assertThat(reply("fr", six)).contains("Un autre colis fait partie").contains("1Z999AA10123456785");
        assertThat(reply("fr", seven)).contains("2 autres colis font partie").contains("1Z999AA10123456786");
        assertThat(reply("de", six)).contains("gehört noch ein weiteres Paket");
        assertThat(reply("de", seven)).contains("gehören noch 2 weitere Pakete");
        assertThat(reply("es", six)).contains("incluye un paquete más");
        assertThat(reply("es", seven)).contains("incluye 2 paquetes más");
    }
}

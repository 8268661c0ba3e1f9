package dev.gorgiasbridge.domain.note;

import static dev.gorgiasbridge.domain.shipment.FulfillmentStatus.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.reply.DraftSource;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.shipment.Fulfillment;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import dev.gorgiasbridge.domain.shipment.LineItem;
import dev.gorgiasbridge.domain.shipment.Order;
import dev.gorgiasbridge.domain.shipment.OrderFulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.Orders;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.TrackingInfo;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NoteSizeTest {
    private static final String LONG_NAME = "Quilt ".repeat(2_000);

    @Test
    void a_huge_order_history_is_cut_to_a_few_orders_packages_and_items() {
        var orders = IntStream.range(0, 8).mapToObj(n -> ShipmentAnalysis.of(huge("#" + (3000 + n)))).toList();
        var facts = Notes.withDraft(Notes.withOrders(orders.toArray(ShipmentAnalysis[]::new)),
                new ReplyDraft("Hi! ".repeat(10_000), DraftSource.AI));

        var note = ShipmentNote.compose(facts);

        assertThat(note.text()).contains("Order #3004").doesNotContain("Order #3005")
                .contains("and 3 older orders not listed")
                .contains("Package 10 of 40").doesNotContain("Package 11 of 40")
                .contains("and 30 more packages not listed")
                .contains("and 25 more items") // of a package's contents
                .contains("and 20 more items"); // still to ship
        assertThat(note.text().lines().filter(line -> line.startsWith("- Package"))).hasSize(5 * 10);
        assertThat(note.text().length()).isLessThan(60_000);
        assertThat(note.html().length()).isLessThan(80_000);
    }

    @Test
    void a_very_long_name_is_cut() {
        var note = ShipmentNote.compose(Notes.withOrders(ShipmentAnalysis.of(huge("#3000"))));

        assertThat(note.text()).contains("Quilt Quilt").doesNotContain(LONG_NAME.strip());
    }

    /** 40 packages, each holding 30 different items, and 30 item lines still to ship. */
    private static Order huge(String name) {
        var contents = IntStream.range(0, 30).mapToObj(n -> new FulfillmentLineItem(LONG_NAME + n, 1)).toList();
        var fulfillments = IntStream.range(0, 40).mapToObj(n -> new Fulfillment(SUCCESS, FulfillmentDisplayStatus.IN_TRANSIT,
                Orders.CREATED, Optional.empty(), Optional.empty(), List.of(TrackingInfo.of("UPS", "1Z" + n, null)),
                contents)).toList();
        List<LineItem> pending = IntStream.range(0, 30).mapToObj(n -> Orders.item(LONG_NAME + n, 1, 1, 1)).toList();
        return new Order(name, Orders.CREATED, Optional.empty(), OrderFulfillmentStatus.PARTIALLY_FULFILLED,
                Optional.empty(), pending, fulfillments, List.of());
    }
}

package dev.gorgiasbridge.domain.note;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.reply.TemplateReply;
import dev.gorgiasbridge.domain.shipment.Fulfillment;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import dev.gorgiasbridge.domain.shipment.FulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.Order;
import dev.gorgiasbridge.domain.shipment.OrderFulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.Orders;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import dev.gorgiasbridge.domain.shipment.TrackingInfo;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates are the shop's days; an estimate already past reads as late and is never promised; each package says when it left. */
class ShopCalendarNoteTest {
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Placed late on Jan 2 (UTC), shipped at 23:30 UTC Jan 3, in transit since Jan 4 01:00 UTC, due Jan 8 00:00 UTC. */
    private static ShipmentAnalysis inTransit(FulfillmentDisplayStatus status, Optional<Instant> deliveredAt) {
        var fulfillment = new Fulfillment(FulfillmentStatus.SUCCESS, status, Instant.parse("2026-01-03T23:30:00Z"),
                Optional.of(Instant.parse("2026-01-04T01:00:00Z")), deliveredAt, Optional.of(Instant.parse("2026-01-08T00:00:00Z")),
                List.of(TrackingInfo.of("USPS", "9400111899223197428490", "https://tools.usps.com/t?n=9400111899223197428490")),
                List.of(new FulfillmentLineItem("Rotary Cutter 45mm", 2)));
        return ShipmentAnalysis.of(new Order("#1042", Instant.parse("2026-01-02T23:10:00Z"), Optional.empty(),
                OrderFulfillmentStatus.FULFILLED, Optional.empty(), List.of(Orders.item("Rotary Cutter 45mm", 2, 2, 0)),
                List.of(fulfillment), List.of()));
    }

    private static ReplyFacts reply(String language, ShopCalendar calendar, ShipmentAnalysis order) {
        return new ReplyFacts(Optional.of("Maria"), List.of(order), LookupStatus.ORDERS_FOUND, Optional.empty(),
                Optional.of(language), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), calendar, 0);
    }

    private static String note(ShopCalendar calendar, ShipmentAnalysis order) {
        ReplyDraft draft = TemplateReply.draft(reply("en", calendar, order));
        return ShipmentNote.compose(new NoteFacts(Notes.TICKET, Optional.of("Maria Keller"), Optional.empty(),
                LookupStatus.ORDERS_FOUND, List.of(order), draft, "Gorgias Bridge", "0.1.0", Optional.empty(), 0, calendar,
                List.of())).text();
    }

    @Test
    void every_date_is_the_shops_day_not_utcs() {
        var order = inTransit(FulfillmentDisplayStatus.IN_TRANSIT, Optional.empty());
        var early = Instant.parse("2026-01-05T12:00:00Z");

        assertThat(note(new ShopCalendar(LOS_ANGELES, early), order))
                .contains("Order #1042 · placed 2026-01-02")
                .contains("in transit · shipped 2026-01-03 · estimated delivery 2026-01-07");
        assertThat(note(new ShopCalendar(BERLIN, early), order))
                .contains("Order #1042 · placed 2026-01-03")
                .contains("in transit · shipped 2026-01-04 · estimated delivery 2026-01-08");
        assertThat(TemplateReply.draft(reply("en", new ShopCalendar(LOS_ANGELES, early), order)).text())
                .contains("It should arrive around January 7, 2026.");
        assertThat(TemplateReply.draft(reply("de", new ShopCalendar(BERLIN, early), order)).text())
                .contains("um den 8. Januar 2026");
    }

    @Test
    void without_a_time_zone_dates_are_utcs() {
        assertThat(note(new ShopCalendar(ZoneOffset.UTC, Instant.parse("2026-01-05T12:00:00Z")),
                inTransit(FulfillmentDisplayStatus.IN_TRANSIT, Optional.empty())))
                .contains("placed 2026-01-02").contains("shipped 2026-01-04 · estimated delivery 2026-01-08");
    }

    @Test
    void a_past_estimate_reads_as_late_to_the_agent_and_is_never_promised_to_the_customer() {
        var order = inTransit(FulfillmentDisplayStatus.IN_TRANSIT, Optional.empty());
        var calendar = new ShopCalendar(ZoneOffset.UTC, Instant.parse("2026-01-12T09:00:00Z"));

        assertThat(note(calendar, order)).contains("in transit · shipped 2026-01-04 · expected 2026-01-08, now late · needs attention")
                .doesNotContain("estimated delivery");
        for (String language : List.of("en", "fr", "de", "es")) {
            String text = TemplateReply.draft(reply(language, calendar, order)).text();
            assertThat(text).doesNotContain("should arrive").doesNotContain("prévue aux alentours du 8 janvier 2026.")
                    .doesNotContain("Voraussichtlich").doesNotContain("Debería llegar");
        }
        assertThat(TemplateReply.draft(reply("en", calendar, order)).text())
                .contains("It was expected around January 8, 2026 and is running late");
        assertThat(TemplateReply.draft(reply("fr", calendar, order)).text()).contains("a pris du retard");
    }

    @Test
    void lateness_is_judged_by_the_shops_day_across_midnight() {
        var order = inTransit(FulfillmentDisplayStatus.IN_TRANSIT, Optional.empty());
        // 05:00 UTC on Jan 8 is still Jan 7 in Los Angeles, where the estimate (Jan 7 16:00) falls today: not late.
        var losAngelesEvening = new ShopCalendar(LOS_ANGELES, Instant.parse("2026-01-08T05:00:00Z"));
        assertThat(note(losAngelesEvening, order)).contains("estimated delivery 2026-01-07").doesNotContain("now late");
        // 23:30 UTC on Jan 8 is already Jan 9 in Berlin, past the estimate's day (Jan 8): late.
        var berlinAfterMidnight = new ShopCalendar(BERLIN, Instant.parse("2026-01-08T23:30:00Z"));
        assertThat(note(berlinAfterMidnight, order)).contains("expected 2026-01-08, now late");
        // The same instant in UTC is still Jan 8: the estimate's own day, not late.
        assertThat(note(new ShopCalendar(ZoneOffset.UTC, Instant.parse("2026-01-08T23:30:00Z")), order))
                .contains("estimated delivery 2026-01-08").doesNotContain("now late");
    }

    @Test
    void a_delivered_package_is_never_late_whatever_its_old_estimate() {
        var delivered = inTransit(FulfillmentDisplayStatus.DELIVERED, Optional.of(Instant.parse("2026-01-10T15:00:00Z")));
        var calendar = new ShopCalendar(ZoneOffset.UTC, Instant.parse("2026-02-01T09:00:00Z"));

        assertThat(note(calendar, delivered)).contains("delivered · shipped 2026-01-04 · delivery date 2026-01-10")
                .doesNotContain("now late").doesNotContain("needs attention");
    }

    @Test
    void a_label_not_yet_with_the_carrier_reads_as_fulfilled_not_shipped() {
        var labelOnly = new Fulfillment(FulfillmentStatus.SUCCESS, FulfillmentDisplayStatus.LABEL_PRINTED,
                Instant.parse("2026-01-03T10:00:00Z"), Optional.empty(), Optional.empty(),
                List.of(TrackingInfo.of("UPS", "1Z1", null)), List.of(new FulfillmentLineItem("Batting", 1)));
        var order = ShipmentAnalysis.of(Orders.order(List.of(Orders.item("Batting", 1, 1, 0)), List.of(labelOnly), List.of()));

        assertThat(note(ShopCalendar.TIMELESS, order)).contains("UPS 1Z1 · label printed · fulfilled 2026-01-03")
                .doesNotContain("shipped 2026");
    }
}

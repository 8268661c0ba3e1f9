package dev.gorgiasbridge.adapters.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.contract.OrderCacheContract;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The facts the model sees and the guardrails check are the shop's days: #1042's USPS package is estimated for
 * 2026-01-08T00:00Z, which in New York is January 7. Once that day has passed the package is late, and January 7
 * is no date a draft may promise.
 */
class ShopCalendarFactsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final DraftGuardrails guardrails = new DraftGuardrails(false);

    private static ReplyFacts split(Instant now, String message) {
        return new ReplyFacts(Optional.of("Maria"), List.of(ShipmentAnalysis.of(OrderCacheContract.splitShipment())),
                LookupStatus.ORDERS_FOUND, Optional.of("Linda's Sewing"), Optional.of("en"), Optional.of(message),
                Optional.empty(), Optional.empty(), Optional.empty(), new ShopCalendar(NEW_YORK, now), 0);
    }

    private static final String PROMISE_JANUARY_7 = "Hi Maria, your USPS package (9400111899223197428490) is on its way and"
            + " should arrive on January 7. The Linda's Sewing team";

    @Test
    void an_estimated_day_ahead_is_the_shops_day_and_may_be_promised() {
        ReplyFacts facts = split(Instant.parse("2026-01-06T15:00:00Z"), "Where is my order?");

        assertThat(FactSheet.lines(facts)).anySatisfy(line -> assertThat(line).contains("estimated delivery 2026-01-07"))
                .noneSatisfy(line -> assertThat(line).contains("now late"));
        assertThat(guardrails.rejection(PROMISE_JANUARY_7, facts)).isEmpty();
    }

    @Test
    void an_estimated_day_past_is_stated_as_late_and_never_promised() {
        ReplyFacts facts = split(Instant.parse("2026-01-09T15:00:00Z"), "Where is my order?");

        assertThat(FactSheet.lines(facts)).anySatisfy(line -> assertThat(line).contains("expected 2026-01-07, now late"))
                .noneSatisfy(line -> assertThat(line).contains("estimated delivery"));
        assertThat(guardrails.rejection(PROMISE_JANUARY_7, facts)).contains(FallbackReason.STATUS_NOT_IN_FACTS);
    }

    @Test
    void the_order_the_customer_names_is_stated_and_one_not_among_their_orders_is_said_to_be_missing() {
        assertThat(FactSheet.lines(split(Instant.parse("2026-01-06T15:00:00Z"), "Where is order #1042?")))
                .contains("The customer asks about order #1042.");
        assertThat(FactSheet.lines(split(Instant.parse("2026-01-06T15:00:00Z"), "Where is order #1099?")))
                .anySatisfy(line -> assertThat(line).startsWith("The customer asks about order #1099, which is not among"));
    }
}

package dev.gorgiasbridge.domain.note;

import dev.gorgiasbridge.domain.shipment.DeliveryMethod;
import dev.gorgiasbridge.domain.shipment.DeliveryMethod.Handover;
import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import dev.gorgiasbridge.domain.shipment.DisplayStatus;
import dev.gorgiasbridge.domain.shipment.ShopCalendar;
import dev.gorgiasbridge.domain.shipment.Unrecognised;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the note writes dates, counts, Shopify's values and long lists. */
final class NoteWording {
    private NoteWording() {
    }

    /**
     * ISO dates (sortable, unambiguous) of the shop's days: Shopify's instants are UTC, but an agent and the
     * customer count days in the shop's time zone (see {@link ShopCalendar}).
     */
    static String day(ShopCalendar calendar, Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(calendar.day(instant));
    }

    /** {@code IN_TRANSIT} → "in transit". */
    static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A package's status in Shopify's words, whether this code knows the value or not. */
    static String status(DisplayStatus status) {
        return status instanceof Unrecognised unknown && unknown.isMissing() ? "status not reported" : OutsideText.name(status.words());
    }

    /** How far the order has come, in the words that fit how it reaches the customer. */
    static String stage(DeliveryStage stage, Handover handover) {
        return switch (handover) {
            case STORE_PICKUP -> switch (stage) {
                case DELIVERED -> "picked up";
                case READY_FOR_PICKUP -> "ready for pickup";
                default -> words(stage);
            };
            case CARRIER, LOCAL_DELIVERY, NONE -> words(stage);
        };
    }

    /** " · delivery method: something new" for a method Shopify named that this code does not know. */
    static String unrecognisedMethod(DeliveryMethod method) {
        return method instanceof Unrecognised unknown && !unknown.isMissing()
                ? " · delivery method: " + OutsideText.name(unknown.words()) : "";
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The first {@code listed} entries and a closing "and K more items", so no list outgrows the note. */
    static List<String> capped(List<String> entries, int listed) {
        if (entries.size() <= listed) {
            return entries;
        }
        List<String> shown = new ArrayList<>(entries.subList(0, listed));
        shown.add("and " + (entries.size() - listed) + " more items");
        return shown;
    }
}

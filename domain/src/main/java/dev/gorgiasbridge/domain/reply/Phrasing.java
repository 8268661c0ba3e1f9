package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The small pieces of English every template sentence is made of. */
final class Phrasing {
    // Spelled-out month and year: "January 8, 2026" cannot be misread the way 01/08 can. Shopify's dates
    // are UTC; the locale is fixed so the server's settings never change a draft.
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final int ITEMS_NAMED = 3;

    private Phrasing() {
    }

    static String day(Instant instant) {
        return DAY.format(instant);
    }

    /** Text from outside on one line: a line break in an item name must not reshape the reply. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
    }

    static String units(String name, int units) {
        return units == 1 ? oneLine(name) : units + " × " + oneLine(name);
    }

    /** "A", "A and B", "A, B and C", with "or" instead of "and" on request. */
    static String list(List<String> parts, String conjunction) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + conjunction + " " + parts.getLast();
    }

    /** What a package holds, naming a few items so a large order still reads as one sentence. */
    static String contents(List<FulfillmentLineItem> contents) {
        List<String> named = contents.stream().limit(ITEMS_NAMED).map(item -> units(item.name(), item.quantity())).toList();
        int more = contents.size() - named.size();
        if (more == 0) {
            return list(named, "and");
        }
        return String.join(", ", named) + " and " + more + " more " + (more == 1 ? "item" : "items");
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

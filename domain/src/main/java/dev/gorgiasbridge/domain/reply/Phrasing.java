package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import java.util.List;

/** The small pieces every template sentence is made of, whatever its language. */
final class Phrasing {
    private static final int ITEMS_NAMED = 3;

    private Phrasing() {
    }

    /** Text from outside on one line: a line break in an item name must not reshape the reply. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
    }

    static String units(String name, int units) {
        return units == 1 ? oneLine(name) : units + " × " + oneLine(name);
    }

    /** "A", "A and B", "A, B and C", with the language's conjunction. */
    static String list(List<String> parts, String conjunction) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + conjunction + " " + parts.getLast();
    }

    /** What a package holds, naming a few items so a large order still reads as one sentence. */
    static String contents(Wording wording, List<FulfillmentLineItem> contents) {
        List<String> named = contents.stream().limit(ITEMS_NAMED).map(item -> units(item.name(), item.quantity())).toList();
        int more = contents.size() - named.size();
        return more == 0 ? wording.and(named) : wording.andMore(named, more);
    }
}

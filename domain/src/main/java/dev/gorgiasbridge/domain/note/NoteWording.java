package dev.gorgiasbridge.domain.note;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the note writes dates, counts, Shopify constants and long lists. */
final class NoteWording {
    // ISO dates in UTC, as Shopify reports them: sortable, unambiguous, the same on every server.
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private NoteWording() {
    }

    static String day(Instant instant) {
        return DAY.format(instant);
    }

    /** {@code IN_TRANSIT} → "in transit". */
    static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
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

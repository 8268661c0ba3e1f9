package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.processing.port.out.ShopProfile;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The time zone notes and replies write dates in: the shop's own (Shopify's {@code shop.ianaTimezone}), asked
 * of the shop when first needed and again rarely, else UTC, the zone Shopify reports instants in. Never
 * throws: a shop that cannot tell its zone costs the local dates, not the note.
 */
public sealed interface ShopTimeZone {

    /** The zone to write dates in now. */
    ZoneId current();

    static ShopTimeZone fixed(ZoneId zone) {
        return new Fixed(zone);
    }

    /** Dates in UTC: no shop to ask. */
    static ShopTimeZone utc() {
        return new Fixed(ZoneOffset.UTC);
    }

    /** Asks {@code shop} on first use and then every {@code refresh}; after a failure, again after {@code retry}. */
    static ShopTimeZone remembered(ShopProfile shop, Duration refresh, Duration retry, Clock clock) {
        return new Remembered(shop, refresh, retry, clock);
    }

    record Fixed(ZoneId zone) implements ShopTimeZone {
        public Fixed {
            Objects.requireNonNull(zone, "zone");
        }

        @Override
        public ZoneId current() {
            return zone;
        }
    }

    /** The shop's zone, remembered for the process. */
    final class Remembered implements ShopTimeZone {
        private static final System.Logger LOG = System.getLogger(ShopTimeZone.class.getName());

        private final ShopProfile shop;
        private final Duration refresh;
        private final Duration retry;
        private final Clock clock;
        private ZoneId zone = ZoneOffset.UTC;
        private Instant askAgainAt = Instant.MIN;

        Remembered(ShopProfile shop, Duration refresh, Duration retry, Clock clock) {
            this.shop = Objects.requireNonNull(shop, "shop");
            this.refresh = refresh;
            this.retry = retry;
            this.clock = clock;
        }

        @Override
        public synchronized ZoneId current() {
            Instant now = clock.instant();
            if (now.isBefore(askAgainAt)) {
                return zone;
            }
            try {
                Optional<String> named = shop.ianaTimezone();
                Optional<ZoneId> parsed = named.flatMap(Remembered::parse);
                zone = parsed.orElse(ZoneOffset.UTC);
                if (named.isPresent() && parsed.isEmpty()) {
                    LOG.log(System.Logger.Level.WARNING, "the shop's time zone {0} is not one this JVM knows; dates are"
                            + " written in UTC", printable(named.get()));
                }
                askAgainAt = now.plus(refresh);
            } catch (RuntimeException e) {
                // Keep an earlier zone if there is one; ask again soon rather than at every event.
                askAgainAt = now.plus(retry);
                LOG.log(System.Logger.Level.WARNING, "could not ask the shop for its time zone ({0}); dates are written"
                        + " in {1} until it answers", e.getMessage(), zone);
            }
            return zone;
        }

        private static Optional<ZoneId> parse(String name) {
            try {
                return Optional.of(ZoneId.of(name.strip()));
            } catch (DateTimeException | IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }

        private static String printable(String text) {
            String line = text.replaceAll("\\p{Cntrl}", " ").strip();
            return line.length() <= 64 ? line : line.substring(0, 64);
        }
    }
}

package dev.gorgiasbridge.application.processing;

import dev.gorgiasbridge.application.processing.port.out.ShopProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The name replies are signed with: one the operator set ({@code STORE_NAME}), the shop's display name
 * asked of the shop when first needed and again rarely, or none (the reply is then signed neutrally).
 * Never throws: a shop that cannot tell its name costs the signature, not the note.
 */
public sealed interface StoreName {

    /** The name to sign with, when known. */
    Optional<String> current();

    static StoreName fixed(String name) {
        return new Fixed(name);
    }

    static StoreName unknown() {
        return new Unknown();
    }

    /** Asks {@code shop} on first use and then every {@code refresh}; after a failure, again after {@code retry}. */
    static StoreName remembered(ShopProfile shop, Duration refresh, Duration retry, Clock clock) {
        return new Remembered(shop, refresh, retry, clock);
    }

    record Fixed(String name) implements StoreName {
        public Fixed {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a store name is not blank");
            }
            name = name.strip();
        }

        @Override
        public Optional<String> current() {
            return Optional.of(name);
        }
    }

    record Unknown() implements StoreName {
        @Override
        public Optional<String> current() {
            return Optional.empty();
        }
    }

    /** The shop's own name, remembered for the process. */
    final class Remembered implements StoreName {
        private static final System.Logger LOG = System.getLogger(StoreName.class.getName());
        static final int MAX_LENGTH = 100;

        private final ShopProfile shop;
        private final Duration refresh;
        private final Duration retry;
        private final Clock clock;
        private Optional<String> name = Optional.empty();
        private Instant askAgainAt = Instant.MIN;

        Remembered(ShopProfile shop, Duration refresh, Duration retry, Clock clock) {
            this.shop = Objects.requireNonNull(shop, "shop");
            this.refresh = refresh;
            this.retry = retry;
            this.clock = clock;
        }

        @Override
        public synchronized Optional<String> current() {
            Instant now = clock.instant();
            if (now.isBefore(askAgainAt)) {
                return name;
            }
            try {
                name = usable(shop.displayName());
                askAgainAt = now.plus(refresh);
            } catch (RuntimeException e) {
                // Keep an earlier name if there is one; ask again soon rather than at every event.
                askAgainAt = now.plus(retry);
                LOG.log(System.Logger.Level.WARNING, "could not ask the shop for its name ({0}); replies are signed "
                        + "{1} until it answers", e.getMessage(), name.map(n -> "as before").orElse("by the support team"));
            }
            return name;
        }

        private static Optional<String> usable(String displayName) {
            return Optional.ofNullable(displayName).map(n -> n.replaceAll("\\p{Cntrl}", " ").strip())
                    .filter(n -> !n.isEmpty())
                    .map(n -> n.length() <= MAX_LENGTH ? n : n.substring(0, MAX_LENGTH).strip());
        }
    }
}

package dev.gorgiasbridge.domain.webhook;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the datetimes Gorgias sends. They come with an offset ({@code 2024-05-02T10:15:00+00:00}) and without one
 * ({@code 2024-05-02T10:15:00.123456}); without one they are UTC (docs/gorgias-setup.md, "What the service relies
 * on from Gorgias").
 */
public final class GorgiasDatetime {
    private GorgiasDatetime() {
    }

    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String iso = text.strip().replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}

package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.processing.port.out.DraftOutcomes;
import dev.gorgiasbridge.domain.reply.DraftSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every recorded draft outcome, in order, for tests to count. */
public final class InMemoryDraftOutcomes implements DraftOutcomes {
    private final List<Recorded> recorded = new CopyOnWriteArrayList<>();

    /** One draft's source and, for a fallback, its reason. */
    public record Recorded(DraftSource source, Optional<String> fallbackReason) {
    }

    @Override
    public void recorded(DraftSource source, Optional<String> fallbackReason) {
        recorded.add(new Recorded(source, fallbackReason));
    }

    public List<Recorded> all() {
        return List.copyOf(recorded);
    }

    public long count(DraftSource source) {
        return recorded.stream().filter(r -> r.source() == source).count();
    }

    public long count(String fallbackReason) {
        return recorded.stream().filter(r -> r.fallbackReason().filter(fallbackReason::equals).isPresent()).count();
    }
}

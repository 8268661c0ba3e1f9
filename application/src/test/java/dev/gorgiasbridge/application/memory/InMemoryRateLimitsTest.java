package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.RateLimitsContract;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import java.util.concurrent.atomic.AtomicInteger;

class InMemoryRateLimitsTest extends RateLimitsContract {
    private final InMemoryRateLimits limits = new InMemoryRateLimits();
    private final AtomicInteger names = new AtomicInteger();

    @Override
    protected RateLimits limits() {
        return limits;
    }

    @Override
    protected String freshName() {
        return "limit-" + names.incrementAndGet();
    }
}

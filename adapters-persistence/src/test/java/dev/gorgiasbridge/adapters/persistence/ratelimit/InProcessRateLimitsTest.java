package dev.gorgiasbridge.adapters.persistence.ratelimit;

import dev.gorgiasbridge.application.contract.RateLimitsContract;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import java.util.concurrent.atomic.AtomicInteger;

class InProcessRateLimitsTest extends RateLimitsContract {
    private final InProcessRateLimits limits = new InProcessRateLimits();
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

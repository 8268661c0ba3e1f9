package dev.gorgiasbridge.adapters.persistence.cache;

import dev.gorgiasbridge.application.contract.OrderCacheContract;
import dev.gorgiasbridge.application.processing.port.out.OrderCache;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

class InProcessOrderCacheTest extends OrderCacheContract {
    private final InProcessOrderCache cache = new InProcessOrderCache(Duration.ofMinutes(5));
    private final AtomicLong ids = new AtomicLong(1000);

    @Override
    protected OrderCache cache() {
        return cache;
    }

    @Override
    protected CustomerKey freshCustomer() {
        return CustomerKey.shopify(ids.incrementAndGet());
    }
}

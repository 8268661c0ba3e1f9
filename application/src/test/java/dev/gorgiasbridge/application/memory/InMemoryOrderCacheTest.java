package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.OrderCacheContract;
import dev.gorgiasbridge.application.processing.port.out.OrderCache;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import java.util.concurrent.atomic.AtomicLong;

class InMemoryOrderCacheTest extends OrderCacheContract {
    private final InMemoryOrderCache cache = new InMemoryOrderCache();
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

package dev.gorgiasbridge.application.memory;

import dev.gorgiasbridge.application.contract.DeliveryCountsContract;
import java.time.Clock;

class InMemoryDeliveryCountsTest extends DeliveryCountsContract {
    @Override
    protected Counter freshCounter(Clock clock) {
        var counts = new InMemoryDeliveryCounts(clock);
        return new Counter(counts, counts);
    }
}

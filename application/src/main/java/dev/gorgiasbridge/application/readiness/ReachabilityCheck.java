package dev.gorgiasbridge.application.readiness;

import dev.gorgiasbridge.application.readiness.port.in.Finding;
import dev.gorgiasbridge.application.readiness.port.out.ReadinessCheck;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import java.util.List;
import java.util.function.Supplier;

/** Passes when an external API accepts our credentials in a live call (TicketNotes/OrderHistory reachability). */
public final class ReachabilityCheck implements ReadinessCheck {
    private final String item;
    private final Supplier<Reachability> call;

    public ReachabilityCheck(String item, Supplier<Reachability> call) {
        this.item = item;
        this.call = call;
    }

    @Override
    public String item() {
        return item;
    }

    @Override
    public List<Finding> check() {
        return List.of(switch (call.get()) {
            case Reachability.Reachable reachable ->
                    Finding.pass(item, "answered an authenticated call in " + reachable.latency().toMillis() + " ms");
            case Reachability.Unreachable unreachable -> Finding.fail(item, unreachable.reason());
            case Reachability.Refused refused -> Finding.fail(item, refused.reason());
        });
    }
}

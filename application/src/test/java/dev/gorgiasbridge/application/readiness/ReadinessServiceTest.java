package dev.gorgiasbridge.application.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.application.readiness.port.in.Finding;
import dev.gorgiasbridge.application.readiness.port.in.Finding.Verdict;
import dev.gorgiasbridge.application.readiness.port.out.ReadinessCheck;
import dev.gorgiasbridge.application.health.port.out.Reachability;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReadinessServiceTest {

    private static ReadinessCheck check(String item, Supplier<List<Finding>> answer) {
        return new ReadinessCheck() {
            @Override
            public String item() {
                return item;
            }

            @Override
            public List<Finding> check() {
                return answer.get();
            }
        };
    }

    private static ReadinessService service(ReadinessCheck... checks) {
        return new ReadinessService(List.of(checks), Duration.ofMillis(500), Clock.systemUTC());
    }

    @Test
    void findings_keep_checklist_order_and_the_worst_verdict_wins() {
        var report = service(check("a", () -> List.of(Finding.pass("a", "fine"))),
                check("b", () -> List.of(Finding.warn("b", "hmm"), Finding.pass("b", "ok")))).assess();

        assertThat(report.findings()).extracting(Finding::item).containsExactly("a", "b", "b");
        assertThat(report.verdict()).isEqualTo(Verdict.WARN);
    }

    @Test
    void a_check_that_throws_or_hangs_fails_with_the_reason() {
        var report = service(check("throws", () -> {
            throw new IllegalStateException("boom");
        }), check("hangs", () -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        })).assess();

        assertThat(report.findings()).containsExactly(
                Finding.fail("throws", "the check failed: IllegalStateException"),
                Finding.fail("hangs", "no answer within 500 ms"));
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void reachability_passes_when_credentials_are_accepted_and_fails_with_the_reason_otherwise() {
        assertThat(new ReachabilityCheck("gorgias", () -> new Reachability.Reachable(Duration.ofMillis(12))).check())
                .containsExactly(Finding.pass("gorgias", "answered an authenticated call in 12 ms"));
        assertThat(new ReachabilityCheck("gorgias", () -> new Reachability.Unreachable("Gorgias answered 401")).check())
                .containsExactly(Finding.fail("gorgias", "Gorgias answered 401"));
        assertThat(new ReachabilityCheck("shopify", () -> new Reachability.Refused("missing scope read_orders")).check())
                .singleElement().satisfies(f -> {
                    assertThat(f.verdict()).isEqualTo(Finding.Verdict.FAIL);
                    assertThat(f.reason()).isEqualTo("missing scope read_orders");
                });
    }

    @Test
    void a_finding_that_quotes_a_credential_is_masked() {
        var service = new ReadinessService(List.of(check("Shopify credentials accepted", () -> List.of(Finding.fail(
                "Shopify credentials accepted", "Shopify answered: Authorization: Bearer sekrit-value-99887766")))),
                Duration.ofMillis(500), Clock.systemUTC(), text -> text.replace("sekrit-value-99887766", "****"));

        assertThat(service.assess().findings()).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("Shopify answered: Authorization: Bearer ****"));
    }
}

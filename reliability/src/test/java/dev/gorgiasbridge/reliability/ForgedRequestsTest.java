package dev.gorgiasbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.reliability.SustainedLoad.Sent;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Ten thousand forged or tampered webhooks: every one refused (401, or 429 once the limit bites), none stored. */
class ForgedRequestsTest {
    private static final int REQUESTS = 10_000;

    @Test
    void ten_thousand_forged_or_tampered_requests_are_all_refused_and_none_stored() {
        try (var postgres = TestPostgres.create("forged")) {
            var db = Database.of(postgres);
            var env = Map.of("DATABASE_URL", postgres.databaseUrl(), "WORKER_CONCURRENCY", "0",
                    "GORGIAS_WEBHOOK_SECRET", BridgeProcess.SECRET);
            try (var bridge = BridgeProcess.start("forged", env)) {
                var load = new SustainedLoad(16, Duration.ZERO, REQUESTS, Duration.ofSeconds(120),
                        n -> forged(bridge, n));
                List<Sent> sent = load.finish();

                assertThat(sent).hasSize(REQUESTS).extracting(Sent::status).containsOnly(401, 429);
                assertThat(db.count("SELECT count(*) FROM webhook_events")).isZero();
                // The real sender still gets through: its limit is its own, not the forgers'.
                var real = Http.deliver(bridge.webhook(), Deliveries.customerMessage(44_000_000L, 45_000_000L));
                assertThat(real.status()).isEqualTo(202);
                assertThat(db.count("SELECT count(*) FROM webhook_events")).isOne();
            }
        }
    }

    private static Http.Answer forged(BridgeProcess bridge, long n) {
        byte[] body = Deliveries.customerMessage(46_000_000L + n, 47_000_000L + n);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("Maria", "Mallory").getBytes(StandardCharsets.UTF_8);
        String signature = hmac(BridgeProcess.SECRET, body);
        long stale = Instant.now().minusSeconds(600).getEpochSecond();
        Map<String, String> headers = switch ((int) (n % 8)) {
            case 0 -> Map.of("X-Gorgias-Bridge-Token", BridgeProcess.TOKEN + "x");
            case 1 -> Map.of();
            case 2 -> Map.of("X-Gorgias-Signature", "sha256=" + signature); // sent with the tampered body below
            case 3 -> Map.of("X-Gorgias-Signature", "sha256=" + "zz" + signature.substring(2));
            case 4 -> Map.of("X-Gorgias-Signature", hmac("not-the-secret-0123456789abcdef", body));
            case 5 -> Map.of("X-Gorgias-Bridge-Token", BridgeProcess.TOKEN, "X-Gorgias-Signature", "sha256=" + hmac("wrong", body));
            case 6 -> Map.of("X-Gorgias-Bridge-Timestamp", Long.toString(stale),
                    "X-Gorgias-Signature", hmac(BridgeProcess.SECRET, (stale + "." + new String(body, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8)));
            default -> Map.of("X-Gorgias-Signature", "sha256=" + signature.substring(0, 63));
        };
        return Http.post(bridge.webhook(), n % 8 == 2 ? tampered : body, headers);
    }

    private static String hmac(String secret, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

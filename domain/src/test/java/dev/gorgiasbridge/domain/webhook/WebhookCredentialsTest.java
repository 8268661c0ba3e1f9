package dev.gorgiasbridge.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.webhook.Authentication.Authenticated;
import dev.gorgiasbridge.domain.webhook.Authentication.Rejected;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WebhookCredentialsTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final byte[] BODY = "{\"ticket\":{\"id\":1}}".getBytes(StandardCharsets.UTF_8);
    private static final String TOKEN = "token-current-0123456789abcdef";
    private static final String OLD_TOKEN = "token-previous-0123456789abcdef";
    private static final String SECRET = "hmac-current-0123456789abcdef";
    private static final String OLD_SECRET = "hmac-previous-0123456789abcdef";

    private final WebhookCredentials tokens = WebhookCredentials.of(List.of(TOKEN, OLD_TOKEN), List.of());
    private final WebhookCredentials secrets = WebhookCredentials.of(List.of(), List.of(SECRET, OLD_SECRET));
    private final WebhookCredentials both = WebhookCredentials.of(List.of(TOKEN), List.of(SECRET));

    @Test
    void a_configured_token_is_accepted() {
        assertThat(tokens.verify(token(TOKEN), BODY, NOW)).isInstanceOf(Authenticated.class);
    }

    @Test
    void the_rotated_token_is_still_accepted_under_another_principal() {
        var current = (Authenticated) tokens.verify(token(TOKEN), BODY, NOW);
        var previous = (Authenticated) tokens.verify(token(OLD_TOKEN), BODY, NOW);

        assertThat(previous.principal()).isNotEqualTo(current.principal()).doesNotContain(OLD_TOKEN);
    }

    @Test
    void a_wrong_token_is_rejected() {
        assertThat(tokens.verify(token("token-wrong-0123456789abcdef"), BODY, NOW)).isInstanceOf(Rejected.class);
    }

    @Test
    void a_missing_header_is_rejected_with_a_reason() {
        var verdict = tokens.verify(PresentedCredentials.of(null, null, null), BODY, NOW);

        assertThat(verdict).isInstanceOf(Rejected.class);
        assertThat(((Rejected) verdict).reason()).contains("missing");
    }

    @Test
    void nothing_configured_refuses_even_a_plausible_request() {
        var none = WebhookCredentials.of(List.of(), List.of(" "));

        assertThat(none.anyConfigured()).isFalse();
        assertThat(none.verify(token(TOKEN), BODY, NOW)).isInstanceOf(Rejected.class);
        assertThat(none.verify(signature(sign(SECRET, BODY)), BODY, NOW)).isInstanceOf(Rejected.class);
    }

    @Test
    void a_valid_signature_is_accepted() {
        assertThat(secrets.verify(signature(sign(SECRET, BODY)), BODY, NOW)).isInstanceOf(Authenticated.class);
    }

    @Test
    void a_signature_under_the_rotated_secret_is_accepted() {
        assertThat(secrets.verify(signature(sign(OLD_SECRET, BODY)), BODY, NOW)).isInstanceOf(Authenticated.class);
    }

    @Test
    void the_sha256_prefix_and_upper_case_hex_are_accepted() {
        String hex = sign(SECRET, BODY);

        assertThat(secrets.verify(signature("sha256=" + hex), BODY, NOW)).isInstanceOf(Authenticated.class);
        assertThat(secrets.verify(signature("SHA256=" + hex.toUpperCase()), BODY, NOW)).isInstanceOf(Authenticated.class);
    }

    @Test
    void a_signature_under_another_secret_is_rejected() {
        assertThat(secrets.verify(signature(sign("some-other-secret-0123456789", BODY)), BODY, NOW))
                .isInstanceOf(Rejected.class);
    }

    @Test
    void a_tampered_body_is_rejected() {
        byte[] tampered = "{\"ticket\":{\"id\":2}}".getBytes(StandardCharsets.UTF_8);

        assertThat(secrets.verify(signature(sign(SECRET, BODY)), tampered, NOW)).isInstanceOf(Rejected.class);
    }

    @Test
    void malformed_hex_is_rejected_with_a_reason() {
        var notHex = secrets.verify(signature("z".repeat(64)), BODY, NOW);
        var tooShort = secrets.verify(signature("abcd"), BODY, NOW);

        assertThat(((Rejected) notHex).reason()).contains("malformed");
        assertThat(((Rejected) tooShort).reason()).contains("malformed");
    }

    @Test
    void a_timestamped_signature_within_five_minutes_is_accepted() {
        long ts = NOW.minusSeconds(299).getEpochSecond();
        String hex = sign(SECRET, concat(ts + ".", BODY));

        assertThat(secrets.verify(PresentedCredentials.of(null, hex, Long.toString(ts)), BODY, NOW))
                .isInstanceOf(Authenticated.class);
    }

    @Test
    void a_replayed_timestamp_older_than_five_minutes_is_rejected() {
        long ts = NOW.minusSeconds(301).getEpochSecond();
        String hex = sign(SECRET, concat(ts + ".", BODY));

        assertThat(secrets.verify(PresentedCredentials.of(null, hex, Long.toString(ts)), BODY, NOW))
                .isInstanceOf(Rejected.class);
    }

    @Test
    void a_timestamp_not_covered_by_the_signature_is_rejected() {
        long ts = NOW.getEpochSecond();

        assertThat(secrets.verify(PresentedCredentials.of(null, sign(SECRET, BODY), Long.toString(ts)), BODY, NOW))
                .isInstanceOf(Rejected.class);
    }

    @Test
    void with_both_modes_every_presented_credential_must_hold() {
        String good = sign(SECRET, BODY);

        assertThat(both.verify(PresentedCredentials.of(TOKEN, good, null), BODY, NOW)).isInstanceOf(Authenticated.class);
        assertThat(both.verify(PresentedCredentials.of("token-wrong-0123456789abcdef", good, null), BODY, NOW))
                .isInstanceOf(Rejected.class);
        assertThat(both.verify(PresentedCredentials.of(TOKEN, sign("other-secret-0123456789", BODY), null), BODY, NOW))
                .isInstanceOf(Rejected.class);
        assertThat(both.verify(token(TOKEN), BODY, NOW)).isInstanceOf(Authenticated.class);
    }

    @Test
    void a_token_alone_is_decided_from_the_headers_and_a_signature_needs_the_body() {
        assertThat(both.checkHeaders(token(TOKEN), NOW)).isEqualTo(
                new WebhookCredentials.HeaderCheck.Decided(both.verify(token(TOKEN), new byte[0], NOW)));
        assertThat(both.checkHeaders(signature(sign(SECRET, BODY)), NOW)).isInstanceOf(WebhookCredentials.HeaderCheck.SignedBody.class);
        assertThat(tokens.checkHeaders(signature(sign(SECRET, BODY)), NOW)).isInstanceOf(WebhookCredentials.HeaderCheck.Decided.class);
    }

    @Test
    void a_malformed_signature_stale_timestamp_or_wrong_token_is_refused_before_the_body_is_read() {
        long stale = NOW.minusSeconds(600).getEpochSecond();

        assertThat(rejectedByHeaders(secrets, signature("abcd"))).contains("malformed signature");
        assertThat(rejectedByHeaders(secrets, PresentedCredentials.of(null, sign(SECRET, BODY), Long.toString(stale))))
                .contains("5 minutes");
        assertThat(rejectedByHeaders(secrets, PresentedCredentials.of(null, sign(SECRET, BODY), "yesterday")))
                .contains("malformed timestamp");
        assertThat(rejectedByHeaders(both, PresentedCredentials.of("token-wrong-0123456789abcdef", sign(SECRET, BODY), null)))
                .contains("token does not match");
    }

    @Test
    void a_body_fed_in_chunks_verifies_as_the_whole_body_does() {
        var check = (WebhookCredentials.HeaderCheck.SignedBody) secrets.checkHeaders(signature(sign(OLD_SECRET, BODY)), NOW);
        for (int offset = 0; offset < BODY.length; offset += 3) {
            check.signature().update(BODY, offset, Math.min(3, BODY.length - offset));
        }

        assertThat(check.signature().length()).isEqualTo(BODY.length);
        assertThat(check.signature().verdict()).isEqualTo(secrets.verify(signature(sign(OLD_SECRET, BODY)), BODY, NOW));
    }

    @Test
    void with_both_modes_a_valid_token_and_signature_authenticate_as_the_token() {
        var check = (WebhookCredentials.HeaderCheck.SignedBody) both.checkHeaders(
                PresentedCredentials.of(TOKEN, sign(SECRET, BODY), null), NOW);
        check.signature().update(BODY, 0, BODY.length);

        assertThat(check.signature().verdict()).isEqualTo(both.verify(token(TOKEN), BODY, NOW));
    }

    @Test
    void when_timestamps_are_required_a_signature_without_one_is_refused_with_the_reason() {
        var relay = WebhookCredentials.of(List.of(), List.of(SECRET), WebhookCredentials.SignedTimestamp.REQUIRED);

        assertThat(rejectedByHeaders(relay, signature(sign(SECRET, BODY)))).contains("missing timestamp")
                .contains("X-Gorgias-Bridge-Timestamp");
    }

    @Test
    void when_timestamps_are_required_the_signature_covers_the_timestamp_and_the_body() {
        var relay = WebhookCredentials.of(List.of(TOKEN), List.of(SECRET), WebhookCredentials.SignedTimestamp.REQUIRED);
        String ts = Long.toString(NOW.minusSeconds(30).getEpochSecond());

        assertThat(relay.verify(PresentedCredentials.of(null, sign(SECRET, concat(ts + ".", BODY)), ts), BODY, NOW))
                .isInstanceOf(Authenticated.class);
        assertThat(relay.verify(PresentedCredentials.of(null, sign(SECRET, BODY), ts), BODY, NOW))
                .isInstanceOf(Rejected.class);
        assertThat(relay.verify(token(TOKEN), BODY, NOW)).as("the token mode is not a relay").isInstanceOf(Authenticated.class);
        assertThat(relay.toString()).contains("timestamp=required");
    }

    @Test
    void secrets_never_appear_in_text() {
        assertThat(both.toString()).doesNotContain(TOKEN).doesNotContain(SECRET);
        assertThat(token(TOKEN).toString()).doesNotContain(TOKEN);
    }

    @Property
    void any_other_body_fails_the_signature(@ForAll byte[] body) {
        String hex = sign(SECRET, BODY);
        boolean same = java.util.Arrays.equals(body, BODY);

        assertThat(secrets.verify(signature(hex), body, NOW) instanceof Authenticated).isEqualTo(same);
    }

    @Property
    void the_signature_of_any_body_under_a_configured_secret_verifies(@ForAll byte[] body) {
        assertThat(secrets.verify(signature(sign(SECRET, body)), body, NOW)).isInstanceOf(Authenticated.class);
    }

    private static String rejectedByHeaders(WebhookCredentials credentials, PresentedCredentials presented) {
        var check = credentials.checkHeaders(presented, NOW);
        assertThat(check).isInstanceOf(WebhookCredentials.HeaderCheck.Decided.class);
        var verdict = ((WebhookCredentials.HeaderCheck.Decided) check).verdict();
        assertThat(verdict).isInstanceOf(Rejected.class);
        return ((Rejected) verdict).reason();
    }

    private static PresentedCredentials token(String token) {
        return PresentedCredentials.of(token, null, null);
    }

    private static PresentedCredentials signature(String hex) {
        return PresentedCredentials.of(null, hex, null);
    }

    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(String prefix, byte[] body) {
        byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[p.length + body.length];
        System.arraycopy(p, 0, all, 0, p.length);
        System.arraycopy(body, 0, all, p.length, body.length);
        return all;
    }
}

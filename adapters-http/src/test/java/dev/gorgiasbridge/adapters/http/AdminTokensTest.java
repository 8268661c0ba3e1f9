package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JWT matrix (docs/configuration.md) through the real server: only a valid token for this environment gets in. */
class AdminTokensTest {
    private static AdminServer server;

    @BeforeAll
    static void start() {
        server = new AdminServer(Optional.of(AdminServer.tokens()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Algorithm hs256(String secret) {
        return Algorithm.HMAC256(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(String token, String reason) {
        var response = server.get("/api/events", token);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"status\":401").contains(reason);
    }

    @Test
    void a_valid_token_for_this_environment_is_let_in() {
        var response = server.get("/api/events", AdminServer.tokens().mint("ops@lindas.example", Duration.ofHours(1)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"events\":[");
    }

    @Test
    void a_token_for_another_environment_is_refused() {
        assertRefused(new AdminTokens(AdminServer.SECRET, "production", Clock.systemUTC()).mint("ops", Duration.ofHours(1)),
                "another environment");
    }

    @Test
    void an_expired_token_is_refused() {
        var yesterday = Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC);
        assertRefused(new AdminTokens(AdminServer.SECRET, AdminServer.ENVIRONMENT, yesterday).mint("ops", Duration.ofHours(1)),
                "expired");
    }

    @Test
    void an_unsigned_token_is_refused() {
        String none = JWT.create().withIssuer(AdminTokens.ISSUER).withAudience(AdminServer.ENVIRONMENT).withIssuedAt(Instant.now())
                .withExpiresAt(Instant.now().plusSeconds(3600)).sign(Algorithm.none());

        assertRefused(none, "HS256");
    }

    @Test
    void a_token_signed_with_another_key_is_refused() {
        assertRefused(new AdminTokens("another-secret-of-enough-length-0123456789", AdminServer.ENVIRONMENT, Clock.systemUTC())
                .mint("ops", Duration.ofHours(1)), "signature");
    }

    @Test
    void a_missing_or_malformed_bearer_token_is_refused() {
        var response = server.send(server.request("/api/events").GET().build());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(response.body()).contains("Bearer token is required");
        assertRefused("not-a-jwt", "not a JWT");
    }

    @Test
    void a_token_without_expiry_or_living_longer_than_24_hours_is_refused() {
        Instant now = Instant.now();
        String noExpiry = JWT.create().withIssuer(AdminTokens.ISSUER).withAudience(AdminServer.ENVIRONMENT).withIssuedAt(now)
                .sign(hs256(AdminServer.SECRET));
        String tooLong = JWT.create().withIssuer(AdminTokens.ISSUER).withAudience(AdminServer.ENVIRONMENT).withIssuedAt(now)
                .withExpiresAt(now.plus(Duration.ofHours(25))).sign(hs256(AdminServer.SECRET));
        String otherIssuer = JWT.create().withIssuer("someone-else").withAudience(AdminServer.ENVIRONMENT).withIssuedAt(now)
                .withExpiresAt(now.plusSeconds(60)).sign(hs256(AdminServer.SECRET));

        assertRefused(noExpiry, "'exp'");
        assertRefused(tooLong, "longer than 24 h");
        assertRefused(otherIssuer, "'iss'");
    }

    @Test
    void minting_refuses_a_lifetime_over_24_hours_or_a_nameless_subject() {
        assertThatThrownBy(() -> AdminServer.tokens().mint("ops", Duration.ofHours(25))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdminServer.tokens().mint(" ", Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(JWT.decode(AdminServer.tokens().mint("ops", Duration.ofHours(24))).getAudience()).containsExactly("staging");
    }

    @Test
    void without_a_jwt_secret_the_admin_api_refuses_everyone() {
        try (var disabled = new AdminServer(Optional.empty())) {
            var response = disabled.get("/api/stats", AdminServer.tokens().mint("ops", Duration.ofHours(1)));

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("JWT_SECRET is not configured");
        }
    }
}

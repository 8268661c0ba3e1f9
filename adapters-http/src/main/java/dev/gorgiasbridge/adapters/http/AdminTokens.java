package dev.gorgiasbridge.adapters.http;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.AlgorithmMismatchException;
import com.auth0.jwt.exceptions.IncorrectClaimException;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.MissingClaimException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Admin API tokens (docs/configuration.md): HS256 JWTs signed with {@code JWT_SECRET}, issued by the service, with
 * the environment as audience so a token minted for one environment is refused in another, and an
 * expiry at most {@link #MAX_TTL} after issue. Mints tokens for the {@code token} command and verifies them.
 */
public final class AdminTokens {
    public static final String ISSUER = "gorgias-bridge";
    public static final Duration MAX_TTL = Duration.ofHours(24);

    private final Algorithm algorithm;
    private final String audience;
    private final Clock clock;
    private final JWTVerifier verifier;

    public AdminTokens(String secret, String audience, Clock clock) {
        if (secret.isEmpty() || audience.isBlank()) {
            throw new IllegalArgumentException("a token secret and an audience are required");
        }
        this.algorithm = Algorithm.HMAC256(secret.getBytes(StandardCharsets.UTF_8));
        this.audience = audience;
        this.clock = clock;
        // Verification pins the algorithm: a token whose header says "none" or anything but HS256 is refused.
        this.verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm)
                .withIssuer(ISSUER)
                .withAudience(audience)
                .withClaimPresence("exp")
                .withClaimPresence("iat"))
                .build(clock);
    }

    /** A token for {@code subject} (who it was given to) that expires after {@code ttl}, at most 24 h. */
    public String mint(String subject, Duration ttl) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("the subject must name who the token is for");
        }
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
            throw new IllegalArgumentException("the lifetime must be more than 0 and at most 24h");
        }
        Instant now = clock.instant();
        return JWT.create()
                .withIssuer(ISSUER)
                .withAudience(audience)
                .withSubject(subject.strip())
                .withIssuedAt(now)
                .withExpiresAt(now.plus(ttl))
                .withJWTId(UUID.randomUUID().toString())
                .sign(algorithm);
    }

    /** Whether the bearer token lets its holder in, and if not, why (safe to tell the caller). */
    TokenVerdict verify(String token) {
        DecodedJWT jwt;
        try {
            jwt = verifier.verify(token);
        } catch (AlgorithmMismatchException e) {
            return new TokenVerdict.Refused("the token must be signed with HS256");
        } catch (SignatureVerificationException e) {
            return new TokenVerdict.Refused("the token's signature does not match");
        } catch (TokenExpiredException e) {
            return new TokenVerdict.Refused("the token has expired");
        } catch (MissingClaimException e) {
            return new TokenVerdict.Refused("the token lacks the '" + e.getClaimName() + "' claim");
        } catch (IncorrectClaimException e) {
            return new TokenVerdict.Refused("aud".equals(e.getClaimName())
                    ? "the token is for another environment" : "the token's '" + e.getClaimName() + "' claim is wrong");
        } catch (JWTDecodeException e) {
            return new TokenVerdict.Refused("the bearer token is not a JWT");
        } catch (JWTVerificationException e) {
            return new TokenVerdict.Refused("the token is not valid");
        }
        if (Duration.between(jwt.getIssuedAtAsInstant(), jwt.getExpiresAtAsInstant()).compareTo(MAX_TTL) > 0) {
            return new TokenVerdict.Refused("the token lives longer than 24 h; mint a shorter one");
        }
        return new TokenVerdict.Admitted(jwt.getSubject() == null ? "unnamed" : jwt.getSubject());
    }

    /** What a bearer token is worth. */
    sealed interface TokenVerdict {
        record Admitted(String subject) implements TokenVerdict {
        }

        record Refused(String reason) implements TokenVerdict {
        }
    }
}

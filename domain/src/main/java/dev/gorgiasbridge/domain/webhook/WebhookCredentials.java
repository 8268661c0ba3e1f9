package dev.gorgiasbridge.domain.webhook;

import dev.gorgiasbridge.domain.webhook.Authentication.Authenticated;
import dev.gorgiasbridge.domain.webhook.Authentication.Rejected;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets a Gorgias webhook must prove it knows (DESIGN 4.1, R1). Gorgias cannot sign requests, so
 * two modes exist, either or both configured: a static token header set in the Gorgias HTTP integration,
 * and an HMAC-SHA256 signature of the raw body added by a signing relay. Each mode takes several secrets
 * so one can be rotated without downtime. With no secret configured every request is refused.
 *
 * <p>Comparisons run in constant time over every configured secret, so timing reveals neither a match
 * nor which secret matched. When a request carries a timestamp header the signature covers
 * {@code "<timestamp>.<body>"} and the timestamp must be within five minutes of now.
 */
public final class WebhookCredentials {
    static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);
    private static final String HMAC = "HmacSHA256";
    private static final int SIGNATURE_HEX_LENGTH = 64;

    private final List<byte[]> tokenDigests;
    private final List<String> tokenPrincipals;
    private final List<SecretKeySpec> hmacKeys;
    private final List<String> hmacPrincipals;

    private WebhookCredentials(List<String> tokens, List<String> hmacSecrets) {
        this.tokenDigests = tokens.stream().map(WebhookCredentials::sha256).toList();
        this.tokenPrincipals = tokens.stream().map(t -> "token:" + fingerprint(t)).toList();
        this.hmacKeys = hmacSecrets.stream()
                .map(s -> new SecretKeySpec(s.getBytes(StandardCharsets.UTF_8), HMAC))
                .toList();
        this.hmacPrincipals = hmacSecrets.stream().map(s -> "hmac:" + fingerprint(s)).toList();
    }

    /** Credentials from the configured tokens and HMAC secrets; blank entries are ignored. */
    public static WebhookCredentials of(List<String> tokens, List<String> hmacSecrets) {
        return new WebhookCredentials(nonBlank(tokens), nonBlank(hmacSecrets));
    }

    public boolean anyConfigured() {
        return !tokenDigests.isEmpty() || !hmacKeys.isEmpty();
    }

    /** Whether checking these credentials needs the request body (only an HMAC signature does). */
    public boolean needsBody(PresentedCredentials presented) {
        return !hmacKeys.isEmpty() && presented.signature().isPresent();
    }

    /**
     * Checks what a request presents. Every presented credential of a configured mode must be valid, and
     * at least one must be presented. {@code body} may be empty when {@link #needsBody} is false.
     */
    public Authentication verify(PresentedCredentials presented, byte[] body, Instant now) {
        if (!anyConfigured()) {
            return new Rejected("no webhook token or secret is configured; every request is refused");
        }
        boolean checkToken = !tokenDigests.isEmpty() && presented.token().isPresent();
        boolean checkSignature = !hmacKeys.isEmpty() && presented.signature().isPresent();
        if (!checkToken && !checkSignature) {
            return new Rejected("missing credentials: send the X-Gorgias-Bridge-Token or X-Gorgias-Signature header");
        }
        Optional<String> principal = Optional.empty();
        if (checkToken) {
            int match = matchToken(presented.token().get());
            if (match < 0) {
                return new Rejected("token does not match any configured token");
            }
            principal = Optional.of(tokenPrincipals.get(match));
        }
        if (checkSignature) {
            Authentication signature = verifySignature(presented, body, now);
            if (signature instanceof Rejected) {
                return signature;
            }
            if (principal.isEmpty()) {
                return signature;
            }
        }
        return new Authenticated(principal.orElseThrow());
    }

    private int matchToken(String token) {
        byte[] digest = sha256(token);
        int match = -1;
        for (int i = 0; i < tokenDigests.size(); i++) {
            if (MessageDigest.isEqual(tokenDigests.get(i), digest) && match < 0) {
                match = i;
            }
        }
        return match;
    }

    private Authentication verifySignature(PresentedCredentials presented, byte[] body, Instant now) {
        String hex = presented.signature().orElseThrow();
        if (hex.regionMatches(true, 0, "sha256=", 0, 7)) {
            hex = hex.substring(7);
        }
        byte[] expected;
        try {
            if (hex.length() != SIGNATURE_HEX_LENGTH) {
                return new Rejected("malformed signature: expected 64 hex characters");
            }
            expected = HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return new Rejected("malformed signature: not hexadecimal");
        }
        byte[] signed = body;
        if (presented.timestamp().isPresent()) {
            Optional<Instant> at = epochSeconds(presented.timestamp().get());
            if (at.isEmpty()) {
                return new Rejected("malformed timestamp: expected Unix seconds");
            }
            if (Duration.between(at.get(), now).abs().compareTo(TIMESTAMP_TOLERANCE) > 0) {
                return new Rejected("timestamp is more than 5 minutes away from the server clock");
            }
            signed = concat((presented.timestamp().get() + ".").getBytes(StandardCharsets.UTF_8), body);
        }
        int match = -1;
        for (int i = 0; i < hmacKeys.size(); i++) {
            if (MessageDigest.isEqual(hmac(hmacKeys.get(i), signed), expected) && match < 0) {
                match = i;
            }
        }
        return match < 0
                ? new Rejected("signature does not match the body under any configured secret")
                : new Authenticated(hmacPrincipals.get(match));
    }

    private static Optional<Instant> epochSeconds(String text) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(SecretKeySpec key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK provides HmacSHA256", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** A short, one-way name for a secret: enough to tell rotated secrets apart in logs, useless to an attacker. */
    private static String fingerprint(String secret) {
        return HexFormat.of().formatHex(sha256(secret), 0, 6);
    }

    private static List<String> nonBlank(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    @Override
    public String toString() {
        return "WebhookCredentials[tokens=%d, hmacSecrets=%d]".formatted(tokenDigests.size(), hmacKeys.size());
    }
}

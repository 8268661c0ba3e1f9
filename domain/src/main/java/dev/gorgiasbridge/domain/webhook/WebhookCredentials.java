package dev.gorgiasbridge.domain.webhook;

import dev.gorgiasbridge.domain.webhook.Authentication.Authenticated;
import dev.gorgiasbridge.domain.webhook.Authentication.Rejected;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets a Gorgias webhook must prove it knows (docs/gorgias-setup.md, "What the service relies on from
 * Gorgias"). Gorgias cannot sign requests, so two modes exist, either or both configured: a static token header
 * set in the Gorgias HTTP integration, and an HMAC-SHA256 signature of the raw body added by a signing relay. Each
 * mode takes several secrets so one can be rotated without downtime. With no secret configured every request is
 * refused.
 *
 * <p>Comparisons run in constant time over every configured secret, so timing reveals neither a match
 * nor which secret matched. When a request carries a timestamp header the signature covers
 * {@code "<timestamp>.<body>"} and the timestamp must be within five minutes of now; with
 * {@link SignedTimestamp#REQUIRED} a signature without a timestamp is refused.
 *
 * <p>Everything the headers can decide is decided by {@link #checkHeaders} before the body is read; a
 * signature is then checked over the body as it is read ({@link BodySignature}).
 */
public final class WebhookCredentials {
    static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);
    private static final String HMAC = "HmacSHA256";
    private static final int SIGNATURE_HEX_LENGTH = 64;

    private final List<byte[]> tokenDigests;
    private final List<String> tokenPrincipals;
    private final List<SecretKeySpec> hmacKeys;
    private final List<String> hmacPrincipals;
    private final SignedTimestamp timestampRule;

    /** Whether a signing relay must send its timestamp (which the signature then covers) with every signature. */
    public enum SignedTimestamp {
        /** A timestamp is checked and signed when sent; a signature of the body alone is accepted too. */
        OPTIONAL,
        /** A signature without a timestamp is refused, so every signed request is protected against replay. */
        REQUIRED
    }

    /** What the headers alone decide: a verdict, or a signature to check over the body before one can be given. */
    public sealed interface HeaderCheck {

        /** Decided without the body: a token alone, or a refusal (missing, malformed, wrong or stale credentials). */
        record Decided(Authentication verdict) implements HeaderCheck {
            public Decided {
                Objects.requireNonNull(verdict, "verdict");
            }
        }

        /** The headers hold so far; the verdict depends on the body, fed to {@code signature} as it is read. */
        record SignedBody(BodySignature signature) implements HeaderCheck {
            public SignedBody {
                Objects.requireNonNull(signature, "signature");
            }
        }
    }

    private WebhookCredentials(List<String> tokens, List<String> hmacSecrets, SignedTimestamp timestampRule) {
        this.tokenDigests = tokens.stream().map(WebhookCredentials::sha256).toList();
        this.tokenPrincipals = tokens.stream().map(t -> "token:" + fingerprint(t)).toList();
        this.hmacKeys = hmacSecrets.stream()
                .map(s -> new SecretKeySpec(s.getBytes(StandardCharsets.UTF_8), HMAC))
                .toList();
        this.hmacPrincipals = hmacSecrets.stream().map(s -> "hmac:" + fingerprint(s)).toList();
        this.timestampRule = Objects.requireNonNull(timestampRule, "timestampRule");
    }

    /** Credentials from the configured tokens and HMAC secrets; blank entries are ignored. Timestamps are optional. */
    public static WebhookCredentials of(List<String> tokens, List<String> hmacSecrets) {
        return of(tokens, hmacSecrets, SignedTimestamp.OPTIONAL);
    }

    /** Credentials from the configured tokens and HMAC secrets, with the relay's timestamp required or not. */
    public static WebhookCredentials of(List<String> tokens, List<String> hmacSecrets, SignedTimestamp timestampRule) {
        return new WebhookCredentials(nonBlank(tokens), nonBlank(hmacSecrets), timestampRule);
    }

    public boolean anyConfigured() {
        return !tokenDigests.isEmpty() || !hmacKeys.isEmpty();
    }

    /**
     * Judges what the headers present, before any of the body is read. Every presented credential of a
     * configured mode must be valid, and at least one must be presented. A token is decided here; a
     * signature is refused here when it is malformed, its timestamp is missing (when required), malformed
     * or stale, or a token sent with it is wrong, and otherwise checked over the body.
     */
    public HeaderCheck checkHeaders(PresentedCredentials presented, Instant now) {
        if (!anyConfigured()) {
            return refused("no webhook token or secret is configured; every request is refused");
        }
        boolean checkToken = !tokenDigests.isEmpty() && presented.token().isPresent();
        boolean checkSignature = !hmacKeys.isEmpty() && presented.signature().isPresent();
        if (!checkToken && !checkSignature) {
            return refused("missing credentials: send the X-Gorgias-Bridge-Token or X-Gorgias-Signature header");
        }
        Optional<String> tokenPrincipal = Optional.empty();
        if (checkToken) {
            int match = matchToken(presented.token().get());
            if (match < 0) {
                return refused("token does not match any configured token");
            }
            tokenPrincipal = Optional.of(tokenPrincipals.get(match));
        }
        if (!checkSignature) {
            return new HeaderCheck.Decided(new Authenticated(tokenPrincipal.orElseThrow()));
        }
        return signedBody(presented, now, tokenPrincipal);
    }

    /**
     * Checks what a request presents against its whole body at once: {@link #checkHeaders}, then the
     * signature (if any) over {@code body}. {@code body} is not looked at when no signature is checked.
     */
    public Authentication verify(PresentedCredentials presented, byte[] body, Instant now) {
        return switch (checkHeaders(presented, now)) {
            case HeaderCheck.Decided decided -> decided.verdict();
            case HeaderCheck.SignedBody signed -> {
                signed.signature().update(body, 0, body.length);
                yield signed.signature().verdict();
            }
        };
    }

    private HeaderCheck signedBody(PresentedCredentials presented, Instant now, Optional<String> tokenPrincipal) {
        String hex = presented.signature().orElseThrow();
        if (hex.regionMatches(true, 0, "sha256=", 0, 7)) {
            hex = hex.substring(7);
        }
        byte[] expected;
        try {
            if (hex.length() != SIGNATURE_HEX_LENGTH) {
                return refused("malformed signature: expected 64 hex characters");
            }
            expected = HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return refused("malformed signature: not hexadecimal");
        }
        byte[] prefix = new byte[0];
        if (presented.timestamp().isPresent()) {
            Optional<Instant> at = epochSeconds(presented.timestamp().get());
            if (at.isEmpty()) {
                return refused("malformed timestamp: expected Unix seconds");
            }
            if (Duration.between(at.get(), now).abs().compareTo(TIMESTAMP_TOLERANCE) > 0) {
                return refused("timestamp is more than 5 minutes away from the server clock");
            }
            prefix = (presented.timestamp().get() + ".").getBytes(StandardCharsets.UTF_8);
        } else if (timestampRule == SignedTimestamp.REQUIRED) {
            return refused("missing timestamp: signed requests must also send X-Gorgias-Bridge-Timestamp "
                    + "(Unix seconds, covered by the signature)");
        }
        List<Mac> macs = new ArrayList<>(hmacKeys.size());
        for (SecretKeySpec key : hmacKeys) {
            Mac mac = mac(key);
            mac.update(prefix);
            macs.add(mac);
        }
        return new HeaderCheck.SignedBody(new BodySignature(macs, hmacPrincipals, expected, tokenPrincipal));
    }

    private static HeaderCheck refused(String reason) {
        return new HeaderCheck.Decided(new Rejected(reason));
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

    private static Optional<Instant> epochSeconds(String text) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Mac mac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK provides HmacSHA256", e);
        }
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
        return "WebhookCredentials[tokens=%d, hmacSecrets=%d, timestamp=%s]"
                .formatted(tokenDigests.size(), hmacKeys.size(), timestampRule.name().toLowerCase(Locale.ROOT));
    }
}

package dev.gorgiasbridge.domain.webhook;

import dev.gorgiasbridge.domain.webhook.Authentication.Authenticated;
import dev.gorgiasbridge.domain.webhook.Authentication.Rejected;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;

/**
 * An HMAC signature being checked while the body it signs is read: every chunk is fed to one MAC per
 * configured secret as it arrives, so the body is never copied or buffered again for the check. What the
 * headers alone could decide (format, timestamp window, the token) was decided before; see
 * {@link WebhookCredentials#checkHeaders}.
 *
 * <p>Not thread-safe: one request's reader feeds it, then asks for the {@link #verdict()} once.
 */
public final class BodySignature {
    private final List<Mac> macs;
    private final List<String> principals;
    private final byte[] expected;
    private final Optional<String> tokenPrincipal;
    private long length;
    private boolean finished;

    /**
     * @param macs           one initialised MAC per configured secret, already fed any signed prefix
     * @param principals     the non-secret name of each secret, in the same order
     * @param expected       the signature the request presented
     * @param tokenPrincipal the principal of a token that was also presented and matched, if any
     */
    BodySignature(List<Mac> macs, List<String> principals, byte[] expected, Optional<String> tokenPrincipal) {
        if (macs.isEmpty() || macs.size() != principals.size()) {
            throw new IllegalArgumentException("one principal per MAC, at least one MAC");
        }
        this.macs = List.copyOf(macs);
        this.principals = List.copyOf(principals);
        this.expected = expected.clone();
        this.tokenPrincipal = Objects.requireNonNull(tokenPrincipal, "tokenPrincipal");
    }

    /** Feeds the next {@code count} bytes of the body, starting at {@code offset} in {@code chunk}. */
    public void update(byte[] chunk, int offset, int count) {
        if (finished) {
            throw new IllegalStateException("the verdict was already given");
        }
        Objects.checkFromIndexSize(offset, count, chunk.length);
        for (Mac mac : macs) {
            mac.update(chunk, offset, count);
        }
        length += count;
    }

    /** How many body bytes were fed so far. */
    public long length() {
        return length;
    }

    /**
     * Whether the body fed so far carries the presented signature under any configured secret. Every
     * secret is compared, in constant time, whichever matches.
     */
    public Authentication verdict() {
        if (finished) {
            throw new IllegalStateException("the verdict was already given");
        }
        finished = true;
        int match = -1;
        for (int i = 0; i < macs.size(); i++) {
            if (MessageDigest.isEqual(macs.get(i).doFinal(), expected) && match < 0) {
                match = i;
            }
        }
        if (match < 0) {
            return new Rejected("signature does not match the body under any configured secret");
        }
        return new Authenticated(tokenPrincipal.orElse(principals.get(match)));
    }

    @Override
    public String toString() {
        return "BodySignature[secrets=%d, bytes=%d]".formatted(macs.size(), length);
    }
}

package dev.gorgiasbridge.adapters.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds the address a request came from. {@code X-Forwarded-For} is believed only when the direct peer
 * is a configured trusted proxy (TRUSTED_PROXIES: addresses or CIDR ranges); then the right-most
 * address that is not itself a trusted proxy is the client. Otherwise a client could pick its own rate
 * limit bucket by sending the header.
 */
public final class ClientAddresses {
    private final List<Range> trusted;

    private ClientAddresses(List<Range> trusted) {
        this.trusted = trusted;
    }

    /** @throws IllegalArgumentException naming the entry that is not an IP address or CIDR range */
    public static ClientAddresses trusting(List<String> proxies) {
        return new ClientAddresses(proxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Range::parse).toList());
    }

    public String resolve(String peer, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !isTrusted(peer)) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!isTrusted(hops.get(i))) {
                return literal(hops.get(i)).map(InetAddress::getHostAddress).orElse(peer);
            }
        }
        return hops.isEmpty() ? peer : hops.getFirst();
    }

    private boolean isTrusted(String address) {
        return literal(address).map(a -> trusted.stream().anyMatch(r -> r.contains(a))).orElse(false);
    }

    /** Parses an IP literal without ever doing a DNS lookup. */
    static Optional<InetAddress> literal(String text) {
        String s = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (s.isEmpty() || !(s.contains(":") || s.chars().allMatch(c -> Character.isDigit(c) || c == '.'))) {
            return Optional.empty();
        }
        if (!s.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(s));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int prefix) {
        static Range parse(String cidr) {
            String[] parts = cidr.split("/", 2);
            InetAddress address = literal(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException("not an IP address or CIDR range: " + cidr));
            int bits = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + cidr, e);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("prefix out of range in " + cidr);
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }
}

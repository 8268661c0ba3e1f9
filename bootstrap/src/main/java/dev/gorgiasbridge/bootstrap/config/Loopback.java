package dev.gorgiasbridge.bootstrap.config;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a URL stays on this machine: {@code localhost}, {@code 127.0.0.0/8} or {@code ::1}, read from
 * the URL's text alone (no DNS lookup, which could answer anything). Plain {@code http://} is acceptable
 * there in staging and production, and nowhere else: credentials and customers' data would cross the
 * network unencrypted.
 */
final class Loopback {
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private Loopback() {
    }

    static boolean plainHttpBeyondIt(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme()) && !(uri.getHost() != null && isLoopback(uri.getHost()));
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || IPV4_LOOPBACK.matcher(h).matches()
                || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }
}

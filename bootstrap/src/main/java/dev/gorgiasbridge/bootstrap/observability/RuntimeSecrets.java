package dev.gorgiasbridge.bootstrap.observability;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Secrets the service only learns while running, such as the Shopify access tokens of the client credentials
 * grant: masked in every log line and error report like the configured ones. The newest few are kept
 * (tokens are replaced about once a day, an old one is no longer worth anything).
 */
public final class RuntimeSecrets {
    static final int KEPT = 16;
    private static final int SHORTEST_MASKED = 6;
    private static final Deque<String> SECRETS = new ArrayDeque<>();

    private RuntimeSecrets() {
    }

    /** From now on, {@code secret} is masked wherever it appears. */
    public static synchronized void add(String secret) {
        if (secret == null || secret.length() < SHORTEST_MASKED || SECRETS.contains(secret)) {
            return;
        }
        SECRETS.addFirst(secret);
        while (SECRETS.size() > KEPT) {
            SECRETS.removeLast();
        }
    }

    /** The text with every runtime secret replaced by {@code mask}. */
    static String mask(String text, String mask) {
        List<String> secrets;
        synchronized (RuntimeSecrets.class) {
            if (SECRETS.isEmpty() || text == null) {
                return text;
            }
            secrets = List.copyOf(SECRETS);
        }
        String result = text;
        for (String secret : secrets) {
            if (result.contains(secret)) {
                result = result.replace(secret, mask);
            }
        }
        return result;
    }
}

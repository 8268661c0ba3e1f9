package dev.gorgiasbridge.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** A loopback HTTP client whose failures are answers too: status -1 when no answer came (process dead). */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern EVENT_ID = Pattern.compile("\"event_id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private Http() {
    }

    /** One answer: the status (-1 when the request failed without one) and the body. */
    record Answer(int status, String body) {
        Optional<String> eventId() {
            var m = EVENT_ID.matcher(body);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }

        boolean answered() {
            return status > 0;
        }
    }

    static Answer get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build());
    }

    static Answer post(URI uri, byte[] body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** A webhook with the valid token. */
    static Answer deliver(URI webhook, byte[] body) {
        return post(webhook, body, Map.of("X-Gorgias-Bridge-Token", BridgeProcess.TOKEN));
    }

    private static Answer send(HttpRequest request) {
        try {
            var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted");
        }
    }
}

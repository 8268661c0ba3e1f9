package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.bootstrap.config.SettingsReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The whole service started in-process on a random port from an environment map, with a client for it. */
final class RunningBridge implements AutoCloseable {
    static final String TOKEN = "e2e-webhook-token-0123456789abcdef";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final GorgiasBridge bridge;

    RunningBridge(Map<String, String> environment) {
        var env = new HashMap<>(environment);
        env.putIfAbsent("PORT", "0");
        env.putIfAbsent("GORGIAS_WEBHOOK_TOKEN", TOKEN);
        this.bridge = GorgiasBridge.start(SettingsReader.read(env), Path.of("target"), env);
    }

    HttpRequest.Builder webhook(byte[] body) {
        return HttpRequest.newBuilder(uri("/webhooks/gorgias/ticket?event=ticket-message-created"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    HttpResponse<String> post(byte[] body, String token) {
        return send(webhook(body).header("X-Gorgias-Bridge-Token", token).build());
    }

    /**
     * Posts a body the service refuses by its declared length. The service answers 413 and closes the
     * connection without reading, so the client waits for that answer before sending (Expect: 100-continue)
     * instead of racing it with a body that would meet a closed socket.
     */
    HttpResponse<String> postOversized(byte[] body, String token) {
        return send(webhook(body).header("X-Gorgias-Bridge-Token", token).expectContinue(true).build());
    }

    /** An authenticated admin API request. */
    HttpResponse<String> admin(String method, String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + bridge.port() + path);
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] contract(String path) {
        try (InputStream in = RunningBridge.class.getResourceAsStream("/contracts/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing contract fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        bridge.close();
    }
}

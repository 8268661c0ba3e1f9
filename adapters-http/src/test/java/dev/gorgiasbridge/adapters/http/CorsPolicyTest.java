package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CORS (docs/configuration.md) through the real server. */
class CorsPolicyTest {
    private static AdminServer server;
    private static String token;

    @BeforeAll
    static void start() {
        server = new AdminServer(Optional.of(AdminServer.tokens()));
        token = AdminServer.tokens().mint("ops", Duration.ofHours(1));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpRequest.Builder preflight(String origin, String method, String headers) {
        return server.request("/api/events").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers);
    }

    @Test
    void the_allowed_origin_gets_the_allow_origin_header() {
        var response = server.send(server.request("/api/events").header("Origin", AdminServer.ALLOWED_ORIGIN)
                .header("Authorization", "Bearer " + token).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(AdminServer.ALLOWED_ORIGIN);
        assertThat(response.headers().allValues("Vary")).anyMatch(v -> v.contains("Origin"));
    }

    @Test
    void another_origin_gets_no_cors_header() {
        var response = server.send(server.request("/api/events").header("Origin", "https://evil.example")
                .header("Authorization", "Bearer " + token).GET().build());

        assertThat(response.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-allow"));
    }

    @Test
    void the_allowed_origin_s_preflight_names_the_methods_and_headers() {
        var response = server.send(preflight(AdminServer.ALLOWED_ORIGIN, "POST", "authorization, content-type").build());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(AdminServer.ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).contains("GET, POST");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).contains("Authorization, Content-Type");
    }

    @Test
    void a_preflight_from_another_origin_is_refused_without_cors_headers() {
        var response = server.send(preflight("https://evil.example", "GET", "authorization").build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-allow"));
        assertThat(response.body()).contains("\"status\":403");
    }

    @Test
    void a_preflight_asking_for_another_method_or_header_is_refused() {
        assertThat(server.send(preflight(AdminServer.ALLOWED_ORIGIN, "DELETE", "authorization").build()).statusCode()).isEqualTo(403);
        assertThat(server.send(preflight(AdminServer.ALLOWED_ORIGIN, "GET", "x-custom").build()).statusCode()).isEqualTo(403);
    }
}

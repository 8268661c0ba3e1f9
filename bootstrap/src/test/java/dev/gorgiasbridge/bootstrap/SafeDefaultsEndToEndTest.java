package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What development exposes, and to whom: the machine itself, and the notes only while they are kept here. */
class SafeDefaultsEndToEndTest {
    @RegisterExtension
    final FullStack stack = new FullStack("safe_defaults");

    private static int status(RunningBridge bridge, String path) {
        return RunningBridge.send(HttpRequest.newBuilder(bridge.uri(path)).GET().build()).statusCode();
    }

    @Test
    void development_without_gorgias_credentials_shows_the_notes_it_keeps() {
        try (var bridge = new RunningBridge(Map.of("DATABASE_URL", stack.postgres.databaseUrl(), "WORKER_CONCURRENCY", "0"))) {
            assertThat(status(bridge, "/api/dev/notes")).isEqualTo(200);
        }
    }

    @Test
    void once_gorgias_credentials_are_set_the_notes_are_on_the_tickets_and_the_development_view_is_gone() {
        var bridge = stack.bridge(0);

        assertThat(status(bridge, "/api/dev/notes")).isEqualTo(404);
        assertThat(status(bridge, "/health/live")).isEqualTo(200);
    }

    @Test
    void development_is_reachable_from_this_machine_only() throws IOException {
        Optional<InetAddress> outside = outsideAddress();
        assumeTrue(outside.isPresent(), "this machine has no address besides loopback");
        var bridge = stack.bridge(0);

        assertThat(status(bridge, "/health/live")).isEqualTo(200);
        try (var socket = new Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(
                    new InetSocketAddress(outside.get(), bridge.uri("/").getPort()), 2_000))
                    .isInstanceOf(java.net.ConnectException.class);
        }
    }

    @Test
    void with_redis_unreachable_the_webhook_limits_still_hold_in_process() throws IOException {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var bridge = stack.bridge(0, Map.of("REDIS_URL", "redis://127.0.0.1:" + closedPort,
                "WEBHOOK_UNAUTHENTICATED_PER_MINUTE", "2"));
        byte[] sample = RunningBridge.contract("gorgias/ticket-message-created.json");

        var answers = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> bridge.post(sample, "not-the-token-0123456789abcdef").statusCode()).toList();

        assertThat(answers).containsExactly(401, 401, 429);
        assertThat(bridge.post(sample, RunningBridge.TOKEN).statusCode()).as("Gorgias's own bucket").isEqualTo(202);
    }

    private static Optional<InetAddress> outsideAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}

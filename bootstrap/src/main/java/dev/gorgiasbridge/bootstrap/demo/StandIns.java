package dev.gorgiasbridge.bootstrap.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Gorgias and Shopify as {@code scripts/demo} needs them, on 127.0.0.1 with the JDK's own HTTP server,
 * answering with the documented sample payloads of {@code contracts/} (copied into the jar at build time):
 * Shopify answers the shop's name and scopes and, for any order search, the split-shipment order #1042; Gorgias
 * answers its account, the ticket's messages, and accepts internal notes. Never used outside the demo.
 */
public final class StandIns implements AutoCloseable {
    private static final String CONTRACTS = "/dev/gorgiasbridge/demo/contracts/";
    private static final Pattern TICKET_MESSAGES = Pattern.compile("/api/tickets/\\d{1,19}/messages/?");
    private static final Pattern SHOPIFY_GRAPHQL = Pattern.compile("/admin/api/[0-9a-z-]{1,20}/graphql\\.json");

    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicInteger notesReceived = new AtomicInteger();
    private final String accountDomain;

    private StandIns(HttpServer server, ExecutorService threads, String accountDomain) {
        this.server = server;
        this.threads = threads;
        this.accountDomain = accountDomain;
    }

    /** Starts both stand-ins on one free port of 127.0.0.1; {@code accountDomain} is the Gorgias account they play. */
    public static StandIns start(String accountDomain) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService threads = Executors.newFixedThreadPool(4);
            StandIns standIns = new StandIns(server, threads, accountDomain);
            server.createContext("/", standIns::answer);
            server.setExecutor(threads);
            server.start();
            return standIns;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Gorgias and Shopify stand-ins", e);
        }
    }

    /** The base URL both stand-ins answer under ({@code GORGIAS_BASE_URL}, {@code SHOPIFY_BASE_URL}). */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** How many internal notes the Gorgias stand-in has accepted. */
    public int notesReceived() {
        return notesReceived.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            byte[] request = exchange.getRequestBody().readAllBytes();
            if (method.equals("POST") && SHOPIFY_GRAPHQL.matcher(path).matches()) {
                // The health check asks for the shop and the app's scopes, the signature for the shop's name;
                // every other query is an order search. Shopify names the API version it answered with.
                String query = new String(request, StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("X-Shopify-API-Version", path.split("/")[3]);
                send(exchange, 200, contract(query.contains("currentAppInstallation") ? "shopify/installation.json"
                        : query.contains("shop {") || query.contains("shop{") ? "shopify/shop-name.json"
                        : "shopify/orders-split-shipment.json"));
            } else if (method.equals("GET") && path.equals("/api/account")) {
                send(exchange, 200, ("{\"domain\":\"" + accountDomain + "\"}").getBytes(StandardCharsets.UTF_8));
            } else if (method.equals("GET") && TICKET_MESSAGES.matcher(path).matches()) {
                send(exchange, 200, contract("gorgias/list-messages-response.json"));
            } else if (method.equals("POST") && TICKET_MESSAGES.matcher(path).matches()) {
                notesReceived.incrementAndGet();
                send(exchange, 201, contract("gorgias/create-message-response.json"));
            } else {
                send(exchange, 404, ("{\"error\":\"the demo stand-in does not answer " + method + " "
                        + path.replaceAll("[^A-Za-z0-9/._-]", "") + "\"}").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A sample payload from {@code contracts/}, as packaged in the jar. */
    public static byte[] contract(String path) {
        try (InputStream in = StandIns.class.getResourceAsStream(CONTRACTS + path)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the sample " + path + " (built without contracts/?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

package dev.gorgiasbridge.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile bodies against the real HTTP endpoint of a running service process, property-based. After every
 * request: no 5xx, the process alive, and exactly the accepted events stored (nothing for invalid ones).
 */
class HostileBodiesTest {
    private static final int MAX_BYTES = 1_048_576;
    private static TestPostgres postgres;
    private static BridgeProcess bridge;
    private static Database db;
    private static long accepted;

    @BeforeContainer
    static void start() {
        postgres = TestPostgres.create("hostile");
        db = Database.of(postgres);
        bridge = BridgeProcess.start("hostile", Map.of("DATABASE_URL", postgres.databaseUrl(), "WORKER_CONCURRENCY", "0",
                // Thousands of requests in seconds from one sender: the rate limit is not under test here.
                "WEBHOOK_RATE_PER_SECOND", "10000", "WEBHOOK_RATE_BURST", "10000"));
    }

    @AfterContainer
    static void stop() {
        if (bridge == null) {
            // the start failed and said why; nothing ran that could be checked
            if (postgres != null) {
                postgres.close();
            }
            return;
        }
        try {
            assertThat(bridge.alive()).isTrue();
            assertThat(Http.get(bridge.uri("/health/live")).status()).isEqualTo(200);
            assertThat(db.count("SELECT count(*) FROM webhook_events")).isEqualTo(accepted);
        } finally {
            bridge.close();
            postgres.close();
        }
    }

    @Property(tries = 200)
    void random_bytes_are_refused(@ForAll @Size(max = 4096) byte[] body) {
        assertThat(send(body)).isEqualTo(400);
    }

    @Property(tries = 60)
    void deep_nesting_is_refused(@ForAll @IntRange(min = 200, max = 100_000) int depth, @ForAll boolean objects,
                                 @ForAll boolean closed) {
        var json = new StringBuilder("{\"ticket\":{\"id\":1,\"x\":");
        json.append((objects ? "{\"a\":" : "[").repeat(depth)).append('1');
        if (closed) {
            json.append((objects ? "}" : "]").repeat(depth));
        }
        json.append("}}");
        assertThat(send(bytes(json.toString()))).isIn(400, 413);
    }

    @Property(tries = 60)
    // The parser allows 64 digits (maxNumberLength); anything longer is refused wherever it appears.
    void huge_numbers_are_refused(@ForAll @IntRange(min = 65, max = 500_000) int digits, @ForAll("numberShapes") String shape) {
        String number = shape.replace("D", "9".repeat(digits));
        String json = number.startsWith("id:") ? "{\"ticket\":{\"id\":" + number.substring(3) + "}}"
                : "{\"ticket\":{\"id\":1},\"message\":{\"id\":2,\"n\":" + number + "}}";
        assertThat(send(bytes(json))).isIn(400, 413);
    }

    @Provide
    Arbitrary<String> numberShapes() {
        return Arbitraries.of("id:D", "id:-D", "id:1e1D", "D", "-D", "1.D", "1eD", "1e-D", "0.D1");
    }

    @Property(tries = 25)
    void huge_strings_are_stored_below_the_limit_and_refused_above_it(@ForAll @IntRange(min = 10_000, max = 1_200_000) int length,
                                                                       @ForAll @IntRange(min = 1, max = 900_000_000) int ticket) {
        String json = "{\"ticket\":{\"id\":" + ticket + ",\"subject\":\"" + "x".repeat(length) + "\"},\"message\":{\"id\":"
                + (long) length * 1_000_000_000L + ticket + "}}";
        byte[] body = bytes(json);
        int status = send(body);
        if (body.length > MAX_BYTES) {
            assertThat(status).isEqualTo(413);
        } else {
            assertThat(status).isIn(200, 202);
        }
    }

    @Property(tries = 100)
    void invalid_utf8_is_refused(@ForAll("invalidUtf8") byte[] bad, @ForAll @IntRange(min = 0, max = 3) int where) {
        var out = new ByteArrayOutputStream();
        String[] parts = {"{\"ticket\":{\"id\":7,\"subject\":\"", "\"},\"message\":{\"id\":8,\"body_text\":\"", "\"}}"};
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(bytes(parts[i]));
            if (i == where % 2) {
                out.writeBytes(bad);
            }
        }
        assertThat(send(out.toByteArray())).isEqualTo(400);
    }

    @Provide
    Arbitrary<byte[]> invalidUtf8() {
        return Arbitraries.of(
                new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xA0, (byte) 0xA1}, new byte[] {(byte) 0xE2, 0x28, (byte) 0xA1},
                new byte[] {(byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82});
    }

    @Property(tries = 60)
    void duplicate_keys_are_refused(@ForAll("duplicated") String json) {
        assertThat(send(bytes(json))).isEqualTo(400);
    }

    @Provide
    Arbitrary<String> duplicated() {
        return Arbitraries.longs().between(1, 999_999_999).flatMap(id -> Arbitraries.of(
                "{\"ticket\":{\"id\":" + id + ",\"id\":" + (id + 1) + "}}",
                "{\"ticket\":{\"id\":" + id + "},\"ticket\":{\"id\":" + (id + 1) + "}}",
                "{\"ticket\":{\"id\":" + id + "},\"message\":{\"id\":1,\"id\":2}}",
                "{\"ticket\":{\"id\":" + id + ",\"customer\":{\"email\":\"a@b.c\",\"email\":\"d@e.f\"}}}",
                "{\"ticket\":{\"id\":" + id + ",\"status\":\"open\",\"status\":\"closed\"}}"));
    }

    @Property(tries = 300)
    void arbitrary_json_documents_never_cause_a_server_error(@ForAll("jsonDocuments") String json) {
        assertThat(send(bytes(json))).isIn(200, 202, 400);
    }

    @Provide
    Arbitrary<String> jsonDocuments() {
        return json(4);
    }

    private static Arbitrary<String> json(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-0", "1.5e3", "\"\"", "\"\\u0000\"", "\"\\ud800\""),
                Arbitraries.longs().map(n -> Long.toString(n)),
                Arbitraries.strings().ofMaxLength(30).map(HostileBodiesTest::quoted));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> array = json(depth - 1).list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
        Arbitrary<String> object = Arbitraries.maps(Arbitraries.of("ticket", "id", "message", "customer", "status", "x")
                        .map(HostileBodiesTest::quoted), json(depth - 1)).ofMaxSize(4)
                .map(fields -> "{" + String.join(",", fields.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList()) + "}");
        return Arbitraries.oneOf(leaf, array, object);
    }

    @Property(tries = 200)
    void valid_gorgias_documents_are_stored(@ForAll @IntRange(min = 1, max = 2_000_000_000) int ticket,
                                            @ForAll @IntRange(min = 1, max = 2_000_000_000) int message) {
        byte[] body = Deliveries.customerMessage(ticket, message);
        assertThat(send(body)).isIn(200, 202);
    }

    @Property(tries = 200)
    void mutated_gorgias_documents_never_cause_a_server_error(@ForAll @IntRange(min = 0, max = 4124) int at,
                                                              @ForAll byte replacement, @ForAll boolean truncate) {
        byte[] body = Deliveries.customerMessage(91_000_000L + at, 92_000_000L + (replacement & 0xff));
        int position = Math.min(at, body.length - 1);
        if (truncate) {
            body = java.util.Arrays.copyOf(body, position);
        } else {
            body[position] = replacement;
        }
        assertThat(send(body)).isIn(200, 202, 400);
    }

    /** Sends one body, checks the invariants every answer must keep, and returns the status. */
    private static int send(byte[] body) {
        Http.Answer answer = Http.deliver(bridge.webhook(), body);
        assertThat(answer.status()).as("answered, and no server error: %s", answer.body()).isBetween(200, 499);
        if (answer.status() == 202) {
            accepted++;
            assertThat(db.column("SELECT id FROM webhook_events WHERE id = '" + answer.eventId().orElseThrow() + "'")).hasSize(1);
        }
        assertThat(db.count("SELECT count(*) FROM webhook_events")).as("exactly the accepted events stored").isEqualTo(accepted);
        assertThat(bridge.alive()).isTrue();
        return answer.status();
    }

    private static String quoted(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

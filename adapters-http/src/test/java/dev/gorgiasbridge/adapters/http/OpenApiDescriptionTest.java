package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /openapi.json} describes exactly the routes the server registers, no more and no fewer. */
class OpenApiDescriptionTest {
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final AdminServer server = new AdminServer(Optional.of(AdminServer.tokens()), true);

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode description() {
        var response = server.send(server.request(StaticAssets.OPENAPI).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void every_registered_route_is_described_and_every_described_route_is_registered() {
        List<String> described = new ArrayList<>();
        description().get("paths").properties().forEach(path -> METHODS.stream()
                .filter(method -> path.getValue().has(method))
                .forEach(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(server.routes()).contains("GET /api/dev/notes", "GET /metrics", "GET /dashboard", "GET /openapi.json");
        assertThat(described).containsExactlyInAnyOrderElementsOf(server.routes());
    }

    @Test
    void every_operation_has_a_summary_an_id_and_answers_and_admin_operations_need_the_token() {
        description().get("paths").properties().forEach(path -> METHODS.stream()
                .filter(method -> path.getValue().has(method))
                .map(method -> path.getValue().get(method))
                .forEach(operation -> {
                    assertThat(operation.has("summary") && operation.has("operationId") && operation.has("responses"))
                            .as(path.getKey()).isTrue();
                    if (path.getKey().startsWith("/api/") && !path.getKey().startsWith("/api/dev/")) {
                        assertThat(operation.get("security").toString()).as(path.getKey()).contains("adminToken");
                        assertThat(operation.get("responses").has("401")).as(path.getKey()).isTrue();
                    }
                }));
    }

    @Test
    void references_point_at_defined_components() {
        JsonNode description = description();
        List<String> references = new ArrayList<>();
        collectReferences(description, references);

        assertThat(references).isNotEmpty().allSatisfy(reference -> {
            String[] parts = reference.substring("#/".length()).split("/");
            JsonNode target = description;
            for (String part : parts) {
                target = target.path(part);
            }
            assertThat(target.isMissingNode()).as(reference).isFalse();
        });
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref")) {
                    references.add(field.getValue().asString());
                } else {
                    collectReferences(field.getValue(), references);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(child, references));
        }
    }
}

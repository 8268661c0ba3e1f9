package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard's files are served from the jar, with headers that let the page run only its own script. */
class StaticAssetsTest {
    private final AdminServer server = new AdminServer(Optional.empty());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_dashboard_page_its_script_and_styles_are_served_without_a_token() {
        var page = server.send(server.request("/dashboard").GET().build());
        var script = server.send(server.request("/dashboard/dashboard.js").GET().build());
        var styles = server.send(server.request("/dashboard/dashboard.css").GET().build());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=utf-8"));
        assertThat(page.body()).contains("<script src=\"/dashboard/dashboard.js\" defer></script>", "id=\"login-form\"");
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript").containsIgnoringCase("charset=utf-8"));
        assertThat(styles.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css").containsIgnoringCase("charset=utf-8"));
    }

    @Test
    void the_page_may_load_only_its_own_script_and_call_only_its_own_origin() {
        var page = server.send(server.request("/dashboard").GET().build());

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void the_script_writes_data_as_text_never_as_markup_and_loads_nothing_from_elsewhere() {
        String script = server.send(server.request("/dashboard/dashboard.js").GET().build()).body();
        String page = server.send(server.request("/dashboard").GET().build()).body();

        assertThat(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(")
                .contains("sessionStorage").doesNotContain("localStorage");
        // The SVG namespace is a name, not an address the browser loads.
        assertThat(page + script.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://", "//cdn");
    }

    @Test
    void the_root_leads_a_browser_to_the_dashboard() {
        var root = server.send(server.request("/").GET().build());

        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).contains("/dashboard");
    }

    @Test
    void nothing_else_on_the_classpath_is_reachable() {
        assertThat(server.send(server.request("/dashboard/openapi.json").GET().build()).statusCode()).isEqualTo(404);
        assertThat(server.send(server.request("/dashboard/../logback-test.xml").GET().build()).statusCode()).isEqualTo(404);
    }
}

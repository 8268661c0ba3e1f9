package dev.gorgiasbridge.domain.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LookupRefusalTest {

    @Test
    void a_detail_is_kept_on_one_bounded_line() {
        var refusal = new LookupRefusal.CredentialsRefused("HTTP 401\r\nSet-Cookie: x\u0000" + "é".repeat(400));

        assertThat(refusal.detail()).doesNotContain("\r", "\n", "\u0000").startsWith("HTTP 401  Set-Cookie: x")
                .hasSize(LookupRefusal.MAX_DETAIL + 1).endsWith("…");
    }

    @Test
    void a_refusal_without_a_reason_is_refused() {
        assertThatThrownBy(() -> new LookupRefusal.TokenRefused(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookupRefusal.PermissionDenied(null, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_an_access_scope_handle_names_the_scope_to_grant() {
        assertThatThrownBy(() -> new LookupRefusal.PermissionDenied("denied", Optional.of("read orders; drop")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new LookupRefusal.PermissionDenied("denied", Optional.of("read_all_orders")).scope())
                .contains("read_all_orders");
    }

    @Test
    void the_metric_label_and_the_kind_follow_the_type() {
        assertThat(new LookupRefusal.TokenRefused("invalid_client")).extracting(LookupRefusal::label, LookupRefusal::kind)
                .containsExactly("token_refused", "credentials");
        assertThat(new LookupRefusal.CredentialsRefused("HTTP 401")).extracting(LookupRefusal::label)
                .isEqualTo("credentials_refused");
        assertThat(new LookupRefusal.PermissionDenied("HTTP 403", Optional.empty()))
                .extracting(LookupRefusal::label, LookupRefusal::kind).containsExactly("permission_denied", "permissions");
        assertThat(new LookupRefusal.PermissionDenied("ACCESS_DENIED", Optional.of("read_customers")).label())
                .isEqualTo("missing_scope");
    }
}

package dev.gorgiasbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {
    private final ClientAddresses behindProxy = ClientAddresses.trusting(List.of("10.0.0.0/8", "127.0.0.1"));
    private final ClientAddresses direct = ClientAddresses.trusting(List.of());

    @Test
    void without_trusted_proxies_the_forwarded_header_is_ignored() {
        assertThat(direct.resolve("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void a_trusted_proxy_forwards_the_client_address() {
        assertThat(behindProxy.resolve("10.1.2.3", "198.51.100.1")).isEqualTo("198.51.100.1");
    }

    @Test
    void the_right_most_untrusted_hop_is_the_client_so_a_spoofed_prefix_does_not_help() {
        assertThat(behindProxy.resolve("10.1.2.3", "6.6.6.6, 198.51.100.1, 10.9.9.9")).isEqualTo("198.51.100.1");
    }

    @Test
    void an_untrusted_peer_cannot_choose_its_address() {
        assertThat(behindProxy.resolve("203.0.113.7", "10.1.2.3")).isEqualTo("203.0.113.7");
    }

    @Test
    void ipv6_ranges_are_understood() {
        var v6 = ClientAddresses.trusting(List.of("fd00::/8"));

        assertThat(v6.resolve("fd00::1", "2001:db8::5")).isEqualTo("2001:db8:0:0:0:0:0:5");
    }

    @Test
    void a_host_name_is_never_looked_up() {
        assertThat(behindProxy.resolve("10.1.2.3", "example.com")).isEqualTo("10.1.2.3");
        assertThatThrownBy(() -> ClientAddresses.trusting(List.of("proxy.internal")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy.internal");
    }
}

package dev.gorgiasbridge.domain.note;

import static dev.gorgiasbridge.domain.shipment.FulfillmentStatus.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.reply.DraftSource;
import dev.gorgiasbridge.domain.reply.ReplyDraft;
import dev.gorgiasbridge.domain.shipment.Fulfillment;
import dev.gorgiasbridge.domain.shipment.FulfillmentDisplayStatus;
import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import dev.gorgiasbridge.domain.shipment.Order;
import dev.gorgiasbridge.domain.shipment.OrderFulfillmentStatus;
import dev.gorgiasbridge.domain.shipment.Orders;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import dev.gorgiasbridge.domain.shipment.TrackingInfo;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NoteEscapingTest {
    private static final String ATTACK = "<script>alert(\"x\")</script><img src=x onerror='alert(1)'>&";
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @Test
    void hostile_text_in_every_outside_field_is_escaped() {
        var order = ShipmentAnalysis.of(order(ATTACK, ATTACK, ATTACK, "https://carrier.example/t?a=1&b=\"2\""));
        var facts = Notes.withDraft(Notes.withOrders(ATTACK, order), new ReplyDraft(ATTACK, DraftSource.AI));

        String html = ShipmentNote.compose(facts).html();

        assertThat(html).doesNotContain("<script", "<img", "onerror='")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;")
                .contains("<a href=\"https://carrier.example/t?a=1&amp;b=&quot;2&quot;\">");
        assertThat(tags(html)).allMatch(tag -> tag.matches("</?(p|ul|li|strong|br)>|<a href=\"[^\"]*\">|</a>"));
    }

    @Test
    void a_javascript_tracking_url_is_shown_as_text_and_never_linked() {
        var order = ShipmentAnalysis.of(order("Pins", "UPS", "1Z1", "javascript:alert(document.cookie)"));

        var note = ShipmentNote.compose(Notes.withOrders(order));

        assertThat(note.html()).doesNotContain("href").contains("Tracking (not linked): javascript:alert(document.cookie)");
        assertThat(note.text()).contains("Tracking (not linked): javascript:alert(document.cookie)");
    }

    @Property
    void whatever_an_item_is_called_the_html_has_the_tags_a_harmless_name_gives(@ForAll String name) {
        String hostile = html(ShipmentAnalysis.of(order(name, "UPS", "1Z1", "https://ups.example/1")), "Maria Keller");
        String harmless = html(ShipmentAnalysis.of(order("Pins", "UPS", "1Z1", "https://ups.example/1")), "Maria Keller");

        assertThat(tags(hostile)).isEqualTo(tags(harmless));
        assertThat(count(hostile, '<')).isEqualTo(count(harmless, '<'));
        assertThat(count(hostile, '>')).isEqualTo(count(harmless, '>'));
    }

    @Property
    void whatever_the_carrier_and_customer_are_called_the_html_has_the_tags_harmless_names_give(
            @ForAll String carrier, @ForAll String customer) {
        String hostile = html(ShipmentAnalysis.of(order("Pins", carrier, "1Z1", "https://ups.example/1")), customer);
        String harmless = html(ShipmentAnalysis.of(order("Pins", "UPS", "1Z1", "https://ups.example/1")), "Maria");

        assertThat(tags(hostile)).isEqualTo(tags(harmless));
        assertThat(count(hostile, '<')).isEqualTo(count(harmless, '<'));
    }

    @Property
    void only_http_and_https_addresses_ever_become_a_link(@ForAll("urls") String url) {
        String html = html(ShipmentAnalysis.of(order("Pins", "UPS", "1Z1", url)), "Maria");

        assertThat(HREF.matcher(html).results().map(match -> match.group(1)))
                .allMatch(href -> href.startsWith("https://") || href.startsWith("http://"));
        assertThat(count(html, '<')).isEqualTo(count(html(ShipmentAnalysis.of(
                order("Pins", "UPS", "1Z1", "https://ups.example/1")), "Maria"), '<')
                - (html.contains("<a href") ? 0 : 2));
    }

    @Provide
    Arbitrary<String> urls() {
        var prefixes = Arbitraries.of("javascript:", "JavaScript:", " javascript:", "data:text/html,", "http://",
                "https://", "vbscript:", "", "//");
        return prefixes.flatMap(prefix -> Arbitraries.strings().ofMaxLength(40).map(rest -> prefix + rest))
                .filter(url -> !url.isBlank());
    }

    private static String html(ShipmentAnalysis order, String customer) {
        return ShipmentNote.compose(Notes.withOrders(customer, order)).html();
    }

    /** One package of the named item, with the given carrier and tracking, and one more unit still to ship. */
    private static Order order(String item, String carrier, String trackingNumber, String url) {
        var fulfillment = new Fulfillment(SUCCESS, FulfillmentDisplayStatus.IN_TRANSIT, Orders.CREATED, Optional.empty(),
                Optional.empty(), List.of(TrackingInfo.of(carrier, trackingNumber, url)),
                List.of(new FulfillmentLineItem(item, 1)));
        return new Order("#2001", Orders.CREATED, Optional.empty(), OrderFulfillmentStatus.PARTIALLY_FULFILLED,
                Optional.empty(), List.of(Orders.item(item, 2, 2, 1)), List.of(fulfillment), List.of());
    }

    private static List<String> tags(String html) {
        return TAG.matcher(html).results().map(match -> match.group()).toList();
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}

package dev.gorgiasbridge.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.customer.CustomerKey.Email;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Normalisation is idempotent and every equivalent spelling of a customer yields one key (docs/architecture.md). */
class CustomerKeyPropertiesTest {

    @Property
    void a_shopify_id_reads_the_same_in_every_spelling(@ForAll @LongRange(min = 1) long id,
                                                        @ForAll("padding") String left,
                                                        @ForAll("padding") String right,
                                                        @ForAll("zeros") String zeros) {
        var key = CustomerKey.shopify(id);

        assertThat(CustomerKey.shopify(Long.toString(id))).isEqualTo(key);
        assertThat(CustomerKey.shopify(left + id + right)).isEqualTo(key);
        assertThat(CustomerKey.shopify(zeros + id)).isEqualTo(key);
        assertThat(CustomerKey.shopify(left + "gid://shopify/Customer/" + id + right)).isEqualTo(key);
        assertThat(CustomerKey.shopify(key.gid())).isEqualTo(key);
    }

    @Property
    void a_gorgias_id_reads_the_same_as_number_string_and_padded_string(@ForAll @LongRange(min = 1) long id,
                                                                        @ForAll("padding") String left,
                                                                        @ForAll("padding") String right) {
        var key = CustomerKey.gorgias(id);

        assertThat(CustomerKey.gorgias(Long.toString(id))).isEqualTo(key);
        assertThat(CustomerKey.gorgias(left + id + right)).isEqualTo(key);
    }

    @Property
    void an_email_reads_the_same_in_any_case_and_padding(@ForAll("emails") String address,
                                                         @ForAll long caseFlips,
                                                         @ForAll("padding") String left,
                                                         @ForAll("padding") String right) {
        var key = CustomerKey.email(address);

        assertThat(CustomerKey.email(left + flipCase(address, caseFlips) + right)).isEqualTo(key);
        assertThat(CustomerKey.email(address.toUpperCase(Locale.ROOT))).isEqualTo(key);
        assertThat(key.address()).isEqualTo(address.toLowerCase(Locale.ROOT));
    }

    @Property
    void every_generated_key_parses_back_from_its_canonical_form(@ForAll("keys") CustomerKey key) {
        assertThat(CustomerKey.parse(key.canonical())).isEqualTo(key);
        assertThat(CustomerKey.parse(CustomerKey.parse(key.canonical()).canonical())).isEqualTo(key);
    }

    @Property
    void normalising_an_accepted_email_again_changes_nothing(@ForAll("nearlyEmails") String anything) {
        Email key = acceptedOrSkip(anything, CustomerKey::email);

        assertThat(CustomerKey.email(key.address())).isEqualTo(key);
        assertThat(CustomerKey.parse(key.canonical())).isEqualTo(key);
    }

    @Property
    void any_accepted_text_normalises_to_a_fixed_point(@ForAll("nearlyKeys") String anything) {
        CustomerKey key = acceptedOrSkip(anything, CustomerKey::parse);

        assertThat(CustomerKey.parse(key.canonical())).isEqualTo(key);
        assertThat(CustomerKey.parse(key.canonical()).canonical()).isEqualTo(key.canonical());
    }

    @Property
    void arbitrary_text_is_either_a_key_or_refused_with_a_reason(@ForAll String anything) {
        for (Function<String, CustomerKey> reader : readers()) {
            try {
                assertThat(reader.apply(anything)).isNotNull();
            } catch (InvalidCustomerKey refused) {
                assertThat(refused.reason()).isNotNull();
            }
        }
    }

    @Provide
    Arbitrary<String> emails() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .numeric().withChars("_+-").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> local = word.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(".", parts));
        Arbitrary<String> domain = word.list().ofMinSize(2).ofMaxSize(4).map(parts -> String.join(".", parts));
        return Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
    }

    /** Valid addresses with any few characters spliced in: some still valid, many in unusual scripts. */
    @Provide
    Arbitrary<String> nearlyEmails() {
        return spliced(emails());
    }

    /** Canonical keys with any few characters spliced in. */
    @Provide
    Arbitrary<String> nearlyKeys() {
        return spliced(keys().map(CustomerKey::canonical));
    }

    private static Arbitrary<String> spliced(Arbitrary<String> texts) {
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(3);
        return Combinators.combine(texts, noise, Arbitraries.integers().greaterOrEqual(0))
                .as((text, extra, at) -> {
                    int position = at % (text.length() + 1);
                    return text.substring(0, position) + extra + text.substring(position);
                });
    }

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.strings().withChars(" \t\r\n\u2003").ofMaxLength(3);
    }

    @Provide
    Arbitrary<String> zeros() {
        return Arbitraries.strings().withChars('0').ofMaxLength(3);
    }

    @Provide
    Arbitrary<CustomerKey> keys() {
        Arbitrary<Long> ids = Arbitraries.longs().between(1, Long.MAX_VALUE);
        return Arbitraries.oneOf(
                ids.map(CustomerKey::shopify),
                ids.map(CustomerKey::gorgias),
                emails().map(CustomerKey::email));
    }

    private static String flipCase(String text, long mask) {
        var flipped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean flip = (mask >>> (i % 64) & 1) == 1;
            flipped.append(flip ? Character.toUpperCase(c) : c);
        }
        return flipped.toString();
    }

    private static <K> K acceptedOrSkip(String text, Function<String, K> reader) {
        try {
            return reader.apply(text);
        } catch (InvalidCustomerKey refused) {
            Assume.that(false);
            throw refused;
        }
    }

    private static List<Function<String, CustomerKey>> readers() {
        return List.of(CustomerKey::parse, CustomerKey::shopify, CustomerKey::gorgias, CustomerKey::email);
    }
}

package dev.gorgiasbridge.domain.customer;

import dev.gorgiasbridge.domain.customer.InvalidCustomerKey.Reason;

/**
 * The one canonical identity of a customer, whatever form it arrived in (docs/architecture.md). Every factory
 * accepts the spellings seen on the wire and yields the same key for the same customer; anything else is
 * refused with an {@link InvalidCustomerKey} carrying the reason. {@link #canonical()} is the stored form
 * and {@link #parse(String)} reads it back.
 */
public sealed interface CustomerKey {

    /** The stored form: {@code shopify:<id>}, {@code gorgias:<id>} or {@code email:<address>}. */
    String canonical();

    /** A Shopify customer id or GID: {@code 7460267524351} or {@code gid://shopify/Customer/7460267524351}. */
    static ShopifyCustomer shopify(String idOrGid) {
        return ShopifyGid.customerId(idOrGid);
    }

    static ShopifyCustomer shopify(long id) {
        return new ShopifyCustomer(id);
    }

    /** A Gorgias customer id as text, as template-rendered bodies send it: {@code "412000387"}, {@code " 412000387 "}. */
    static GorgiasCustomer gorgias(String id) {
        return new GorgiasCustomer(Spellings.positiveId(id, "gorgias customer id"));
    }

    /** A Gorgias customer id as a JSON number. */
    static GorgiasCustomer gorgias(long id) {
        return new GorgiasCustomer(id);
    }

    /** An email address in any case, with or without surrounding spaces. */
    static Email email(String address) {
        return new Email(address);
    }

    /** Reads a {@link #canonical()} form back; {@code parse(key.canonical())} equals {@code key}. */
    static CustomerKey parse(String canonical) {
        String text = Spellings.stripped(canonical, "customer key");
        int colon = text.indexOf(':');
        String kind = colon < 0 ? "" : text.substring(0, colon);
        String value = text.substring(colon + 1);
        return switch (kind) {
            case ShopifyCustomer.KIND -> shopify(value);
            case GorgiasCustomer.KIND -> gorgias(value);
            case Email.KIND -> email(value);
            default -> throw new InvalidCustomerKey(Reason.UNKNOWN_KIND,
                    "customer key must start with shopify:, gorgias: or email:");
        };
    }

    /** A customer in the Shopify store; the most precise key, as orders are looked up by it. */
    record ShopifyCustomer(long id) implements CustomerKey {
        static final String KIND = "shopify";

        public ShopifyCustomer {
            Spellings.positive(id, "shopify customer id");
        }

        /** The GID form the GraphQL Admin API uses. */
        public String gid() {
            return ShopifyGid.CUSTOMER_PREFIX + id;
        }

        @Override
        public String canonical() {
            return KIND + ":" + id;
        }

        @Override
        public String toString() {
            return canonical();
        }
    }

    /** A customer as Gorgias numbers them; the key of last resort, as Shopify does not know it. */
    record GorgiasCustomer(long id) implements CustomerKey {
        static final String KIND = "gorgias";

        public GorgiasCustomer {
            Spellings.positive(id, "gorgias customer id");
        }

        @Override
        public String canonical() {
            return KIND + ":" + id;
        }

        @Override
        public String toString() {
            return canonical();
        }
    }

    /** A customer known by email address, which also finds guest orders; always stored stripped and lower-case. */
    record Email(String address) implements CustomerKey {
        static final String KIND = "email";

        public Email {
            address = Spellings.emailAddress(address);
        }

        @Override
        public String canonical() {
            return KIND + ":" + address;
        }

        @Override
        public String toString() {
            return canonical();
        }
    }
}

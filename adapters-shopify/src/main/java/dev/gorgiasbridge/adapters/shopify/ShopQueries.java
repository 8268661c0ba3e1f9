package dev.gorgiasbridge.adapters.shopify;

/**
 * The questions about the shop and this app rather than its orders. Neither needs an access scope: every
 * app may read the shop's name and its own installation's granted scopes
 * (https://shopify.dev/docs/api/admin-graphql/latest/queries/currentAppInstallation). Costs 2–3 points.
 */
final class ShopQueries {
    /** The shop's display name and the scopes granted to this app, in one request. */
    static final String INSTALLATION = """
            query Installation { shop { name } currentAppInstallation { accessScopes { handle } } }
            """;

    /**
     * The shop's display name, as customers know it (not its myshopify subdomain), and, under the alias
     * {@code zone}, its time zone as an IANA name ({@code ianaTimezone}, e.g. "America/Toronto"), the zone its
     * days are counted in (https://shopify.dev/docs/api/admin-graphql/latest/objects/Shop). The name keeps its own
     * selection so an answer to the plain {@code shop { name }} question (a stand-in's) still serves the name;
     * without a {@code zone} the dates are UTC's. 2 points.
     */
    static final String DISPLAY_NAME = "query ShopProfile { shop { name } zone: shop { ianaTimezone } }";

    private ShopQueries() {
    }
}

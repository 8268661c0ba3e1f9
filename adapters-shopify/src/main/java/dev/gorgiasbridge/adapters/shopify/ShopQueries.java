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
     * The shop's display name, as customers know it (not its myshopify subdomain), and its time zone as an IANA
     * name ({@code ianaTimezone}, e.g. "America/Toronto"), the zone its days are counted in
     * (https://shopify.dev/docs/api/admin-graphql/latest/objects/Shop). Both are scalars: 1 point.
     */
    static final String DISPLAY_NAME = "query ShopProfile { shop { name ianaTimezone } }";

    private ShopQueries() {
    }
}

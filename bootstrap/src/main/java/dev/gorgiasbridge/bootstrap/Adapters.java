package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.adapters.gorgias.GorgiasSettings;
import dev.gorgiasbridge.adapters.gorgias.GorgiasTicketNotes;
import dev.gorgiasbridge.adapters.gorgias.LocalTicketNotes;
import dev.gorgiasbridge.adapters.shopify.ShopifyOrderHistory;
import dev.gorgiasbridge.adapters.shopify.ShopifySettings;
import dev.gorgiasbridge.application.port.out.OrderHistory;
import dev.gorgiasbridge.application.port.out.RateLimits;
import dev.gorgiasbridge.application.port.out.TicketNotes;
import dev.gorgiasbridge.bootstrap.config.Settings;
import java.util.Deque;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The outbound clients, chosen by what is configured. */
final class Adapters {
    private static final Logger log = LoggerFactory.getLogger(Adapters.class);

    private Adapters() {
    }

    /** The Shopify client when shop and token are set; none otherwise (the note then says so). */
    static Optional<OrderHistory> shopify(Settings settings, Deque<AutoCloseable> resources) {
        var shopify = settings.shopify();
        if (!shopify.configured()) {
            log.warn("Shopify is not configured (SHOPIFY_SHOP_NAME, SHOPIFY_ACCESS_TOKEN): notes will say so");
            return Optional.empty();
        }
        var clientSettings = ShopifySettings.forShop(shopify.shopName().orElseThrow(), shopify.apiVersion(),
                shopify.accessToken().orElseThrow().value());
        if (shopify.baseUrl().isPresent()) {
            clientSettings = clientSettings.withBaseUrl(shopify.baseUrl().get());
        }
        var client = new ShopifyOrderHistory(clientSettings);
        resources.push(client);
        return Optional.of(client);
    }

    /** The Gorgias client when the account is configured; in development otherwise, notes kept locally. */
    static TicketNotes gorgias(Settings settings, RateLimits rateLimits) {
        var gorgias = settings.gorgias();
        if (!gorgias.apiConfigured()) {
            log.warn("Gorgias is not configured (GORGIAS_DOMAIN, GORGIAS_USERNAME, GORGIAS_API_KEY): "
                    + "notes are kept locally, see GET /api/dev/notes");
            return new LocalTicketNotes();
        }
        var clientSettings = GorgiasSettings.of(gorgias.domain().orElseThrow(), gorgias.username().orElseThrow(),
                gorgias.apiKey().orElseThrow().value());
        if (gorgias.baseUrl().isPresent()) {
            clientSettings = clientSettings.withBaseUrl(gorgias.baseUrl().get());
        }
        if (gorgias.senderEmail().isPresent()) {
            clientSettings = clientSettings.withSenderEmail(gorgias.senderEmail().get());
        }
        return new GorgiasTicketNotes(clientSettings, rateLimits);
    }
}

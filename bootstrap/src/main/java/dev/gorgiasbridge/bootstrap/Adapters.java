package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.adapters.ai.AiReplyDrafter;
import dev.gorgiasbridge.adapters.ai.AiSettings;
import dev.gorgiasbridge.adapters.gorgias.GorgiasSettings;
import dev.gorgiasbridge.adapters.gorgias.GorgiasTicketNotes;
import dev.gorgiasbridge.adapters.gorgias.LocalTicketNotes;
import dev.gorgiasbridge.adapters.shopify.ShopifyOrderHistory;
import dev.gorgiasbridge.adapters.shopify.ShopifySettings;
import dev.gorgiasbridge.application.enrichment.TemplateReplyDrafter;
import dev.gorgiasbridge.application.port.out.OrderHistory;
import dev.gorgiasbridge.application.port.out.RateLimits;
import dev.gorgiasbridge.application.port.out.ReplyDrafter;
import dev.gorgiasbridge.application.port.out.TicketNotes;
import dev.gorgiasbridge.bootstrap.config.Secret;
import dev.gorgiasbridge.bootstrap.config.Settings;
import java.time.Duration;
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

    /** The AI drafter, the template standing in for any draft it cannot vouch for, when AI_BASE_URL is set. */
    static ReplyDrafter replyDrafter(Settings settings, RateLimits rateLimits, Deque<AutoCloseable> resources) {
        var ai = settings.ai();
        if (ai.baseUrl().isEmpty()) {
            log.info("AI_BASE_URL is not set: replies are drafted by the template");
            return new TemplateReplyDrafter();
        }
        Duration connect = ai.requestTimeout().compareTo(Duration.ofSeconds(5)) < 0 ? ai.requestTimeout() : Duration.ofSeconds(5);
        var clientSettings = AiSettings.of(ai.baseUrl().get(), ai.apiKey().map(Secret::value), ai.model().orElseThrow())
                .withTimeouts(connect, ai.requestTimeout())
                .withMaxRequestsPerMinute(ai.maxRequestsPerMinute())
                .withMonetaryPromises(ai.allowMonetaryPromises());
        var drafter = new AiReplyDrafter(clientSettings, rateLimits, new TemplateReplyDrafter());
        resources.push(drafter);
        log.info("replies drafted by {} at {}; the template stands in for any draft that fails a guardrail",
                clientSettings.model(), clientSettings.baseUrl());
        return drafter;
    }

}

package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.adapters.ai.AiReplyDrafter;
import dev.gorgiasbridge.adapters.ai.AiSettings;
import dev.gorgiasbridge.adapters.gorgias.GorgiasSettings;
import dev.gorgiasbridge.adapters.gorgias.GorgiasTicketNotes;
import dev.gorgiasbridge.adapters.gorgias.LocalTicketNotes;
import dev.gorgiasbridge.adapters.shopify.ShopifyCredentials;
import dev.gorgiasbridge.adapters.shopify.ShopifyOrderHistory;
import dev.gorgiasbridge.adapters.shopify.ShopifySettings;
import dev.gorgiasbridge.adapters.shopify.Sleeper;
import dev.gorgiasbridge.application.processing.ShopTimeZone;
import dev.gorgiasbridge.application.processing.StoreName;
import dev.gorgiasbridge.application.processing.TemplateReplyDrafter;
import dev.gorgiasbridge.application.limits.port.out.RateLimits;
import dev.gorgiasbridge.application.processing.port.out.ReplyDrafter;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.bootstrap.config.Secret;
import dev.gorgiasbridge.bootstrap.config.Settings;
import dev.gorgiasbridge.bootstrap.config.ShopifyClientSettings;
import dev.gorgiasbridge.bootstrap.observability.RuntimeSecrets;
import java.time.Clock;
import java.time.Duration;
import java.util.Deque;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The outbound clients, chosen by what is configured. */
final class Adapters {
    private static final Logger log = LoggerFactory.getLogger(Adapters.class);
    /** A shop's name rarely changes: asked once a day, and five minutes after a failed question. */
    static final Duration STORE_NAME_REFRESH = Duration.ofHours(24);
    static final Duration STORE_NAME_RETRY = Duration.ofMinutes(5);

    private Adapters() {
    }

    /**
     * The Shopify client when the shop and a way to authenticate are set; none otherwise (the note then says
     * so). Every access token it obtains is masked in logs from then on.
     */
    static Optional<ShopifyOrderHistory> shopify(Settings settings, Deque<AutoCloseable> resources) {
        Optional<ShopifySettings> clientSettings = ShopifyClientSettings.of(settings.shopify());
        if (clientSettings.isEmpty()) {
            log.warn("Shopify is not configured (SHOPIFY_SHOP_NAME with SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET, or"
                    + " SHOPIFY_ACCESS_TOKEN): notes will say so");
            return Optional.empty();
        }
        var client = new ShopifyOrderHistory(clientSettings.get(), Clock.systemUTC(), Sleeper.real(), RuntimeSecrets::add);
        resources.push(client);
        log.info("Shopify: shop {}{}, API version {}, {}", clientSettings.get().shopDomain(),
                clientSettings.get().baseUrl().getHost().equals(clientSettings.get().shopDomain()) ? ""
                        : " (requests go to " + clientSettings.get().baseUrl() + ", SHOPIFY_BASE_URL)",
                clientSettings.get().apiVersion(), clientSettings.get().credentials() instanceof ShopifyCredentials.ClientCredentials
                        ? "client credentials grant (each instance obtains its own access token)" : "legacy access token");
        return Optional.of(client);
    }

    /** The name replies are signed with: STORE_NAME, else the shop's display name from Shopify, else none. */
    static StoreName storeName(Settings settings, Optional<ShopifyOrderHistory> shop) {
        if (settings.shopify().storeName().isPresent()) {
            return StoreName.fixed(settings.shopify().storeName().get());
        }
        return shop.map(client -> StoreName.remembered(client.profile(), STORE_NAME_REFRESH, STORE_NAME_RETRY,
                Clock.systemUTC())).orElseGet(StoreName::unknown);
    }

    /** The zone dates are written in: the shop's time zone from Shopify ({@code shop.ianaTimezone}), else UTC. */
    static ShopTimeZone shopTimeZone(Optional<ShopifyOrderHistory> shop) {
        return shop.map(client -> ShopTimeZone.remembered(client.profile(), STORE_NAME_REFRESH, STORE_NAME_RETRY,
                Clock.systemUTC())).orElseGet(ShopTimeZone::utc);
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

package dev.gorgiasbridge.bootstrap.doctor;

import dev.gorgiasbridge.adapters.shopify.ApiVersion;
import dev.gorgiasbridge.adapters.shopify.ShopifyInspection;
import dev.gorgiasbridge.adapters.shopify.ShopifyOrderHistory;
import dev.gorgiasbridge.application.readiness.port.in.Finding;
import dev.gorgiasbridge.application.readiness.port.out.ReadinessCheck;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The Shopify items of the checklist from one live look ({@link ShopifyOrderHistory#inspect()}): the
 * credentials accepted, the access scopes the lookups need granted, and an API version inside Shopify's
 * support window, answered as asked and without deprecations (docs/shopify-setup.md). When Shopify refuses
 * or does not answer, that is the one failure; the scopes, which could not be looked at, are skipped.
 */
final class ShopifyChecks implements ReadinessCheck {
    static final String SCOPES = "Shopify access scopes granted";
    static final String VERSION = "Shopify API version supported";

    private final ShopifyOrderHistory shop;
    private final Clock clock;

    ShopifyChecks(ShopifyOrderHistory shop, Clock clock) {
        this.shop = shop;
        this.clock = clock;
    }

    @Override
    public String item() {
        return LiveChecks.SHOPIFY;
    }

    @Override
    public List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        ShopifyInspection inspection = shop.inspect();
        switch (inspection) {
            case ShopifyInspection.Connected connected -> {
                findings.add(Finding.pass(LiveChecks.SHOPIFY, "shop \"" + connected.shopName() + "\" answered in "
                        + connected.latency().toMillis() + " ms"));
                findings.addAll(scopes(connected));
            }
            case ShopifyInspection.Refused refused -> {
                findings.add(Finding.fail(LiveChecks.SHOPIFY, refused.reason()));
                findings.add(Finding.skip(SCOPES, "not checked: Shopify refused the credentials"));
            }
            case ShopifyInspection.Unreachable unreachable -> {
                findings.add(Finding.fail(LiveChecks.SHOPIFY, unreachable.reason()));
                findings.add(Finding.skip(SCOPES, "not checked: Shopify did not answer"));
            }
        }
        findings.addAll(version(inspection));
        return findings;
    }

    private static List<Finding> scopes(ShopifyInspection.Connected connected) {
        List<Finding> findings = new ArrayList<>();
        if (connected.missingRequired().isEmpty()) {
            findings.add(Finding.pass(SCOPES, "every scope the lookups need is granted"));
        } else {
            findings.add(Finding.fail(SCOPES, "missing " + ShopifyInspection.Connected.explain(connected.missingRequired())
                    + ": grant them in the app's configuration and reinstall or update the app"));
        }
        if (!connected.missingRecommended().isEmpty()) {
            findings.add(Finding.warn(SCOPES, "not granted (optional): "
                    + ShopifyInspection.Connected.explain(connected.missingRecommended())));
        }
        return findings;
    }

    private List<Finding> version(ShopifyInspection inspection) {
        List<Finding> findings = new ArrayList<>();
        String asked = shop.apiVersion();
        ApiVersion version;
        try {
            version = ApiVersion.parse(asked);
        } catch (IllegalArgumentException e) {
            return List.of(Finding.warn(VERSION, "SHOPIFY_API_VERSION " + asked + " is no stable version"));
        }
        findings.add(switch (version.supportOn(clock)) {
            case ApiVersion.Support.Supported supported -> Finding.pass(VERSION, asked + " is supported until at least "
                    + supported.until());
            case ApiVersion.Support.EndingSoon soon -> Finding.warn(VERSION, asked + "'s support ends on " + soon.until()
                    + " (in " + soon.daysLeft() + " days): set SHOPIFY_API_VERSION=" + soon.newest()
                    + " after checking its release notes");
            case ApiVersion.Support.Ended ended -> Finding.warn(VERSION, asked + " is past Shopify's support window"
                    + " (twelve months, ended " + ended.since() + "): Shopify answers with its oldest supported version"
                    + " instead; set SHOPIFY_API_VERSION=" + ended.newest() + " after checking its release notes");
            case ApiVersion.Support.NotReleased future -> Finding.warn(VERSION, asked + " is not released until "
                    + future.releases() + ": use a stable version");
        });
        if (inspection instanceof ShopifyInspection.Connected connected) {
            connected.answeredVersion().filter(answered -> !answered.equals(asked)).ifPresent(answered -> findings.add(
                    Finding.warn(VERSION, "Shopify answered with API version " + answered + " instead of " + asked)));
            connected.deprecation().ifPresent(deprecated -> findings.add(Finding.warn(VERSION,
                    "Shopify reports deprecated API use: " + deprecated)));
        }
        return findings;
    }
}

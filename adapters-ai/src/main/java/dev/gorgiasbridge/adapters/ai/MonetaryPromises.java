package dev.gorgiasbridge.adapters.ai;

import java.util.regex.Pattern;

/**
 * Words that offer or promise money or its equivalents (a replacement included), in the languages the drafts
 * are checked in. Even a refusal ("we cannot refund") is caught: the prompt forbids the subject, and the agent
 * decides it.
 */
final class MonetaryPromises {
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final Pattern PROMISE = Pattern.compile("(?iu)" + WORD_START + "(?:"
            // English
            + "refund|reimburs|discount|credit(?:s|ed)?(?![\\p{L}])|store credit|voucher|coupon|promo(?:tional)? code"
            + "|gift ?card|money back|compensat|free shipping|free of charge|for free|at no (?:extra |additional )?(?:cost|charge)"
            + "|\\d+ ?% off|replacement|replace (?:it|them)|re-?ship|send (?:you )?(?:a )?(?:new|another|second) one"
            // French
            + "|rembours|réduction|code promo|bon d'achat|bon de réduction|geste commercial|livraison gratuite|dédommag"
            + "|indemnis|carte cadeau|remplacement|remplacer|renvoyer (?:un|une|le|la)"
            // German
            + "|erstatt|rückerstatt|gutschein|rabatt|gutschrift|kostenlos|entschädig|geld zurück|versandkostenfrei|ersatz|ersetzen"
            // Spanish
            + "|reembols|descuento|cup[oó]n|c[oó]digo promocional|env[ií]o gratis|env[ií]o gratuito|compensaci"
            + "|tarjeta regalo|cr[eé]dito|reemplaz|reenviar|reponer"
            // Italian
            + "|rimbors|sconto|codice promo|spedizione gratuita|risarci|gratuit"
            // Dutch (and "gratis" in several)
            + "|terugbetal|korting|tegoed|waardebon|cadeaubon|gratis|geld terug|vergoed|compensatie"
            + ")");

    /** "your gift card", "la carte cadeau", "Ihr Gutschein", "su tarjeta regalo": the one the customer bought. */
    private static final Pattern OWN_GIFT_CARD = Pattern.compile("(?iu)" + WORD_START + "(?:(?:your|the|this|that) (?:e-?)?gift ?cards?"
            + "|(?:votre|vos|la|les|cette) cartes? (?:-)?cadeaux?|(?:ihre?[nmrs]?|die|der|den|dem|das|diese[nmrs]?) "
            + "(?:geschenk(?:karte|gutschein)(?:n|e)?|gutscheine?)|(?:su|sus|la|las|esta) tarjetas? (?:de )?regalo)(?![\\p{L}\\p{N}])");
    private static final Pattern GIFT_CARD_NAME = Pattern.compile("(?iu)gift ?card|carte (?:-)?cadeau|geschenkkarte|gutschein"
            + "|tarjeta (?:de )?regalo");

    private MonetaryPromises() {
    }

    /** What names one item of the order rather than any: "your", "the", "2 x", "votre", "Ihre", "su"… */
    private static final String DETERMINER = "(?:your|the|this|that|\\d+ ?x?|votre|vos|le|la|les|l'|ce|cette|ces|ihre?[nmrs]?"
            + "|die|der|den|dem|das|diese[nmrs]?|su|sus|el|los|las|este|esta|estos|estas)\\s+";

    /**
     * Whether the draft offers money or its equivalents. The order's own products are no offer: their names are
     * blanked first — a name made of promise words ("Gift Card", "Replacement Blades") only where a determiner
     * says it is the customer's own ("your Gift Card", not "another Gift Card") — and when the order holds a gift
     * card the customer bought, "your gift card" in any of the four languages speaks of it.
     */
    static boolean presentIn(String draft, KnownFacts facts) {
        String text = draft;
        for (String name : facts.itemNames()) {
            String own = PROMISE.matcher(name).find() ? DETERMINER : "";
            text = CitedFacts.blank(text, Pattern.compile("(?iu)" + WORD_START + own + Pattern.quote(name) + "(?![\\p{L}\\p{N}])"));
        }
        if (facts.nonShipping().stream().anyMatch(item -> GIFT_CARD_NAME.matcher(item.name()).find())) {
            text = CitedFacts.blank(text, OWN_GIFT_CARD);
        }
        return presentIn(text);
    }

    static boolean presentIn(String draft) {
        return PROMISE.matcher(draft).find();
    }
}

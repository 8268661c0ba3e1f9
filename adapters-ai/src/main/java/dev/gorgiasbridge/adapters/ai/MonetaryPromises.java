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

    private MonetaryPromises() {
    }

    static boolean presentIn(String draft) {
        return PROMISE.matcher(draft).find();
    }
}

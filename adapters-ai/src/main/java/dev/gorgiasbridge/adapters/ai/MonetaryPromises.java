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
            + "|\\d+ ?% off|\\d+ ?%|per ?cent|% off|(?<!feel )free(?! to)|(?:no|don" + "['’]t|do not|won" + "['’]t|will not|never) (?:need |have )?to pay|pas besoin de payer|nicht (?:zu )?bezahlen|no (?:tiene|tendrá) que pagar|pay (?:you |it |them )?back|paid back|money|cover (?:the |your |all )?"
            + "(?:cost|costs|postage|shipping|fees?|price)|at our (?:own )?expense|on us(?![\\p{L}])|(?:won" + "['’]t|will not|not) be charged"
            + "|no (?:extra )?charge|(?:use|apply|enter) (?:the )?(?:code|coupon)|(?-i:code [A-Z][A-Z0-9]{2,})|little something"
            + "|thank-?you gift|as a (?:small |little )?thank[- ]?you|complimentary|bonus|on the house|make (?:it|this) up to you"
            + "|replacement|replace (?:it|them)|re-?ship|send (?:you )?(?:a )?(?:new|another|second) one"
            // paraphrases of money (held-out outsider 6): making good financially, nothing to pay, the cost taken away
            + "|financial|out of pocket|(?:won" + "['’]t|will not|wo n't|not|never|doesn" + "['’]t|does not) cost(?: you)?(?: (?:a|one|any|anything|nothing|extra|more))?"
            + "|cost(?:s|ing)? (?:you )?(?:nothing|zero|not a)|(?:a|one|single) (?:penny|cent|dime|dollar|euro|pound)(?![\\p{L}])|penn(?:y|ies)(?![\\p{L}])"
            + "|(?:make|set|put) (?:it|this|things|that) right|(?:make|making) (?:it|this) (?:good|worth)|(?:our|the) treat|(?:we|we'll|we will) (?:pay|take care of the cost|absorb)"
            + "|(?:pay|paying|paid) for (?:it|this|that|your|the)|(?:it|this|that)['’]s free|free(?:ly)? of"
            + "|financi[eè]re?ment|financieramente|finanziell|kostet (?:sie |dich )?(?:nichts|keinen)|keinen cent|pas un (?:centime|sou)|ne vous co[uû]tera"
            + "|no le costar|ni un (?:c[eé]ntimo|centavo|euro)|sin pagar"
            // French
            + "|rembours|réduction|code promo|bon d'achat|bon de réduction|geste commercial|livraison gratuite|dédommag"
            + "|indemnis|argent|à nos frais|sans frais|offert|prendr\\p{L}* en charge|pour ?cent|carte cadeau|remplacement|remplacer|renvoyer (?:un|une|le|la)"
            // German
            + "|geld|zurückzahl|zahlen(?: \\p{L}+){0,8} zurück|übernehmen(?: \\p{L}+){0,6} (?:versand)?kosten|(?:versand)?kosten(?: \\p{L}+){0,4} übernehmen"
            + "|auf unsere kosten|kaufpreis|prozent|als dankeschön|erstatt|rückerstatt|gutschein|rabatt|gutschrift|kostenlos|entschädig|geld zurück|versandkostenfrei|ersatz|ersetzen"
            // Spanish
            + "|dinero|importe|abono|sin (?:costo|coste|cargo)|a nuestro cargo|por nuestra cuenta|por ?ciento|de regalo|obsequio"
            + "|env\\p{L}* (?:otr[oa]|uno nuevo|una nueva)|reembols|descuento|cup[oó]n|c[oó]digo promocional|env[ií]o gratis|env[ií]o gratuito|compensaci"
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
        if (PROMISE.matcher(draft).find()) {
            return true;
        }
        // "a r e f u n d": the letters run together with their neighbours once joined, so the word is looked for inside.
        return SPACED_LETTERS.matcher(draft).results().map(m -> m.group().replaceAll("[ .\\-_*]", ""))
                .anyMatch(joined -> SPELLED_OUT_ROOT.matcher(joined).find());
    }

    /** "r e f u n d", "r.e.f.u.n.d": letters written apart read as the word they spell. */
    private static final Pattern SPACED_LETTERS = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:[ .\\-_*]\\p{L}){3,}(?![\\p{L}\\p{N}])");

    private static final Pattern SPELLED_OUT_ROOT = Pattern.compile("(?iu)refund|reimburs|discount|voucher|coupon|credit|compensat"
            + "|rembours|réduction|dédommag|erstatt|gutschein|rabatt|gutschrift|reembols|descuento|cupon|gratis|free");
}

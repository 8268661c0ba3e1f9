package dev.gorgiasbridge.adapters.ai;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What no reply to a customer contains, whatever the facts: markup that hides where a link goes (HTML tags,
 * Markdown links), the prompt's own words or instructions echoed back (often a sign that the customer's
 * message steered the model), placeholders the model left unfilled, and the shop's own plumbing —
 * credentials, access tokens, API keys, access scopes — which a customer never needs to hear of, least of
 * all when the order lookup was refused for want of them. The text must be normalised.
 */
final class ForbiddenText {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";

    private static final List<Map.Entry<FallbackReason, Pattern>> RULES = List.of(
            Map.entry(FallbackReason.MARKUP, Pattern.compile("(?i)<\\s*/?\\s*(?:a|abbr|b|br|button|div|em|embed|font|form|h[1-6]"
                    + "|html|i|iframe|img|input|li|link|meta|object|ol|p|script|span|strong|style|svg|table|td|tr|u|ul)(?:\\s[^>]*)?/?>"
                    + "|!?\\[[^\\]\\n]*]\\(\\s*[^)\\s]*\\s*\\)|\\[(?:url|link|a)[=\\]]|javascript:|vbscript:|data:text/html"
                    + "|&(?:lt|gt|amp|quot|#\\d+|#x[0-9a-f]+);|\\]\\(")),
            Map.entry(FallbackReason.PROMPT_ECHO, Pattern.compile("(?iu)"
                    + "ignor\\p{L}*\\s+(?:all\\s+|any\\s+|the\\s+|your\\s+|my\\s+|these\\s+)?(?:previous\\s+|prior\\s+|above\\s+"
                    + "|earlier\\s+|preceding\\s+|former\\s+|other\\s+)?(?:instructions|rules|prompts?|directions|guidelines)"
                    + "|(?:system|developer)\\s*(?:prompt|message|instructions)|" + B + "as an ai" + E + "|" + B + "i(?:'m| am) an ai" + E
                    + "|language model|" + B + "(?:my|new|updated|the above) instructions" + E
                    + "|customer_message|untrusted|<\\|[a-z_]+\\|>|\\[/?inst]|(?m:^\\s*(?:system|assistant|user)\\s*:)"
                    + "|jailbreak|" + B + "(?:dan|developer) mode" + E
                    + "|ignore[rz]?\\s+(?:toutes\\s+)?(?:les\\s+|vos\\s+)?(?:instructions|consignes|règles)|instructions précédentes"
                    + "|en tant qu['’](?:ia|intelligence artificielle|assistant)|modèle de langage|prompt système"
                    + "|ignorier\\p{L}*\\s+(?:alle\\s+)?(?:vorherigen\\s+|bisherigen\\s+|obigen\\s+)?(?:anweisungen|regeln|instruktionen)"
                    + "|" + B + "als (?:ki|künstliche intelligenz)" + E + "|sprachmodell|system-?prompt"
                    + "|ignor[ae]\\p{L}*\\s+(?:todas\\s+)?(?:las\\s+)?(?:instrucciones|reglas)|instrucciones anteriores"
                    + "|" + B + "como (?:una )?(?:ia|inteligencia artificial)" + E + "|modelo de lenguaje|prompt del sistema")),
            // The fact sheet's own heading, in capitals as the prompt writes it.
            Map.entry(FallbackReason.PROMPT_ECHO, Pattern.compile(B + "FACTS" + E)),
            Map.entry(FallbackReason.PLACEHOLDER, Pattern.compile("(?iu)\\{\\{|}}|\\[(?:your|customer|agent|shop|store|company|first"
                    + "|insert|name|nom|votre|prénom|ihr|name|su|nombre|tu)[^\\]\\n]{0,30}]|<(?:your|customer|agent|shop) name>"
                    + "|" + B + "x{3,}" + E + "|" + B + "(?-i:TODO)" + E + "|\\[\\.\\.\\.]|\\[…]")),
            Map.entry(FallbackReason.INTERNAL_DETAILS, Pattern.compile("(?iu)" + B + "(?:credentials?|access[ -]tokens?|api[ -]?(?:keys?"
                    + "|tokens?|access|credentials|version)|client (?:id|secret)|access scopes?|(?:read|write)_[a-z_]+|admin api"
                    + "|identifiants? (?:d'accès|de connexion)|jetons? d'accès|clés? d'api|autorisations? d'accès"
                    + "|zugangsdaten|anmeldedaten|zugriffstoken|api-schlüssel|zugriffsrechte|berechtigungen"
                    + "|credenciales|tokens? de acceso|claves? de api|permisos de acceso"
                    + "|shopify|(?:access|permissions?) (?:was |were |has been |have been |is |are )?(?:denied|refused|revoked|missing)"
                    + "|(?:lacks?|missing|no) (?:access|permissions?) to|accès (?:a été )?refusé|zugriff (?:wurde )?verweigert"
                    + "|acceso (?:fue )?denegado)" + E)));

    private ForbiddenText() {
    }

    static Optional<FallbackReason> firstIn(String text) {
        return RULES.stream().filter(rule -> rule.getValue().matcher(text).find()).map(Map.Entry::getKey).findFirst();
    }
}

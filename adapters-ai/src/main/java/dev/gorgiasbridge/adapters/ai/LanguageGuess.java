package dev.gorgiasbridge.adapters.ai;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cheap guess at a draft's language from its most common words, for English, French, German, Spanish,
 * Italian and Dutch. It answers only when one language clearly leads, so a short or mixed text passes.
 */
final class LanguageGuess {
    private static final int MINIMUM_HITS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", words("the and you your is are we our will with for this that have has of to it be been please thank"
                    + " thanks hi hello order package"),
            "fr", words("le la les et vous votre vos nous est sont une des pour avec dans qui que ne pas merci bonjour"
                    + " colis commande été"),
            "de", words("der die das und sie ihr ihre ist sind wir ein eine mit für nicht auf zu dem den danke hallo"
                    + " paket bestellung wurde"),
            "es", words("el los las y usted su sus es está son nosotros una para con que por gracias hola pedido"
                    + " paquete del"),
            "it", words("il lo gli le e è sono noi una per con che non grazie ciao ordine pacco della del tuo suo"),
            "nl", words("de het een en is zijn wij we uw je jouw met voor niet op van dank hallo bestelling pakket wordt"));

    private LanguageGuess() {
    }

    /** The primary language subtag ("fr" for "fr-CA") when it is one this guess knows. */
    static Optional<String> known(String languageTag) {
        String primary = languageTag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return STOP_WORDS.containsKey(primary) ? Optional.of(primary) : Optional.empty();
    }

    /** The language that clearly leads, by at least {@value #MINIMUM_HITS} hits and twice the runner-up. */
    static Optional<String> of(String text) {
        var words = WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).toList();
        Map<String, Long> hits = STOP_WORDS.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> words.stream().filter(entry.getValue()::contains).count()));
        var ranked = hits.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .toList();
        long best = ranked.get(0).getValue();
        long second = ranked.get(1).getValue();
        return best >= MINIMUM_HITS && best >= 2 * second ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }

    private static Set<String> words(String list) {
        return Set.copyOf(Arrays.asList(list.split(" ")));
    }
}

package dev.gorgiasbridge.domain.reply;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cheap guess at the language a customer wrote in: by script for languages that have their own
 * (Japanese, Chinese, Korean, Russian, Greek, Arabic, Hebrew, Thai), else by the most common words of
 * English, French, German, Spanish, Italian, Dutch and Portuguese. It answers only when one language clearly
 * leads, so a short or mixed message gives no guess.
 */
final class MessageLanguage {
    private static final int MINIMUM_HITS = 3;
    private static final int MINIMUM_LETTERS = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", words("the and you your is are we our will with for this that have has of to it be been please thank"
                    + " thanks hi hello order package my i where when not yet still can could would"),
            "fr", words("le la les et vous votre vos nous est sont une des pour avec dans qui que ne pas merci bonjour"
                    + " colis commande été je mon ma mes où toujours reçu encore"),
            "de", words("der die das und sie ihr ihre ist sind wir ein eine mit für nicht auf zu dem den danke hallo"
                    + " paket bestellung wurde ich mein meine noch wo bitte habe"),
            "es", words("el los las y usted su sus es está son nosotros una para con que por gracias hola pedido"
                    + " paquete del mi mis dónde todavía recibido he tengo"),
            "it", words("il lo gli e è sono noi una per con che non grazie ciao ordine pacco della del tuo suo mio ancora"
                    + " dove ho ricevuto"),
            "nl", words("het een en is zijn wij we uw je jouw met voor niet op van dank hallo bestelling pakket wordt mijn"
                    + " nog waar ik heb"),
            "pt", words("o os as e você seu sua é está são nós uma para com que não obrigado obrigada olá pedido"
                    + " encomenda meu minha ainda onde recebi"));
    // Scripts that name their language well enough for a note to the agent; Han alone is read as Chinese.
    private static final List<Map.Entry<Character.UnicodeScript, String>> SCRIPTS = List.of(
            Map.entry(Character.UnicodeScript.HIRAGANA, "ja"), Map.entry(Character.UnicodeScript.KATAKANA, "ja"),
            Map.entry(Character.UnicodeScript.HANGUL, "ko"), Map.entry(Character.UnicodeScript.HAN, "zh"),
            Map.entry(Character.UnicodeScript.CYRILLIC, "ru"), Map.entry(Character.UnicodeScript.GREEK, "el"),
            Map.entry(Character.UnicodeScript.ARABIC, "ar"), Map.entry(Character.UnicodeScript.HEBREW, "he"),
            Map.entry(Character.UnicodeScript.THAI, "th"));

    private MessageLanguage() {
    }

    /** The primary language subtag of the language {@code text} is written in, when one clearly leads. */
    static Optional<String> guess(String text) {
        return byScript(text).or(() -> byWords(text));
    }

    /** The script most letters are in, when it is not Latin; kana anywhere makes it Japanese. */
    private static Optional<String> byScript(String text) {
        Map<Character.UnicodeScript, Long> letters = text.codePoints().filter(Character::isLetter)
                .mapToObj(Character.UnicodeScript::of)
                .collect(Collectors.groupingBy(script -> script, Collectors.counting()));
        long total = letters.values().stream().mapToLong(Long::longValue).sum();
        long latin = letters.getOrDefault(Character.UnicodeScript.LATIN, 0L);
        if (total < MINIMUM_LETTERS || latin * 2 >= total) {
            return Optional.empty();
        }
        if (letters.containsKey(Character.UnicodeScript.HIRAGANA) || letters.containsKey(Character.UnicodeScript.KATAKANA)) {
            return Optional.of("ja");
        }
        return SCRIPTS.stream()
                .max(Comparator.comparingLong(entry -> letters.getOrDefault(entry.getKey(), 0L)))
                .filter(entry -> letters.getOrDefault(entry.getKey(), 0L) * 2 > total)
                .map(Map.Entry::getValue);
    }

    /** The language that clearly leads, by at least {@value #MINIMUM_HITS} hits and twice the runner-up. */
    private static Optional<String> byWords(String text) {
        List<String> words = WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).toList();
        List<Map.Entry<String, Long>> ranked = STOP_WORDS.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), words.stream().filter(entry.getValue()::contains).count()))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .toList();
        long best = ranked.get(0).getValue();
        long second = ranked.get(1).getValue();
        return best >= MINIMUM_HITS && best >= 2 * second ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }

    private static Set<String> words(String list) {
        return Set.copyOf(Arrays.asList(list.split(" ")));
    }
}

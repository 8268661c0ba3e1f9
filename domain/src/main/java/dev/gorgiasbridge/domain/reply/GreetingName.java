package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.text.VisibleText;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The name to greet a customer by, or none ("Hello," rather than "Hi Mr.," or "Hi +49,"). Gorgias' own
 * {@code firstname} is preferred; otherwise the first word of the display name, unless that name starts
 * with an honorific (the next word is then often the family name), is written "LAST, FIRST" (then FIRST is
 * used), or is a phone number or an email address. Invisible format characters (Unicode Cf: bidi
 * controls, zero-width spaces and joiners) are removed first, so they can neither hide in the greeting nor
 * reorder it.
 */
public final class GreetingName {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "herr", "frau", "m",
            "mme", "mlle", "sr", "sra", "srta", "prof");

    private GreetingName() {
    }

    /** The name without invisible format characters, stripped; empty when nothing visible is left. */
    public static Optional<String> visible(Optional<String> name) {
        return name.map(n -> VisibleText.of(n).strip()).filter(n -> !n.isEmpty());
    }

    public static Optional<String> of(Optional<String> firstname, Optional<String> displayName) {
        Optional<String> given = visible(firstname).flatMap(GreetingName::firstWord);
        return given.isPresent() ? given : visible(displayName).flatMap(GreetingName::fromDisplayName);
    }

    private static Optional<String> fromDisplayName(String name) {
        if (name.contains("@")) {
            return Optional.empty();
        }
        int comma = name.indexOf(',');
        if (comma >= 0) {
            // "KELLER, Maria": the given name follows the comma.
            return firstWord(name.substring(comma + 1));
        }
        return firstWord(name);
    }

    /** The first word, when it reads as a name: letters in it, no digits, not an honorific, not an address. */
    private static Optional<String> firstWord(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.contains("@")) {
            return Optional.empty();
        }
        String word = stripped.split("[\\s,]+", 2)[0];
        if (HONORIFICS.contains(word.replace(".", "").toLowerCase(Locale.ROOT))
                || word.chars().anyMatch(Character::isDigit) || word.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(word);
    }
}

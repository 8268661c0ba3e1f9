package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.adapters.ai.KnownFacts.ParcelFacts;
import dev.gorgiasbridge.adapters.ai.KnownFacts.PendingFacts;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a draft says beyond the values it cites, judged by rule rather than by phrase (docs/ai-drafts.md):
 * it never asks for personal or payment data or credentials and never offers a contact channel (a reply
 * drafted from order facts never needs either); it greets the customer by their own first name or by none;
 * with no order found it says nothing about packages or deliveries; every product it names is an item of
 * the facts, with that item's quantity and in that item's package; a tracking number of one carrier is
 * never presented as another carrier's; and every date or week day belongs to the package or item the
 * clause is about. The text must be normalised ({@link NormalisedText}).
 */
final class ClaimedDetails {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String APOS = "['’]";

    /** Requests for data the shop never needs from a customer to answer about an order, and contact channels. */
    private static final Pattern SOLICITATION = Pattern.compile("(?iu)" + B + "(?:"
            + "card (?:number|details|info\\p{L}*)|(?:credit|debit|bank|payment) card|card you paid|cvv2?|cvc|security code|expiry date"
            + "|pin[ -](?:code|number)|(?:your|the) pin(?=[.,;!?]|$)|digits of your|(?:your|the) (?:credit |debit |bank )?card" + E + "|passwords?|passcodes?|log ?in|sign ?in|logon|verification code|one-time|otp|(?:code|pin) (?:we|i) (?:just )?(?:texted|sent|messaged)"
            + "|texted you|text(?:ed)? message|sms|(?:photo|picture|copy|scan|image) of (?:your|the)|(?:your|an?) (?:id|identity|identification)(?: card| document)?" + E
            + "|passport|driver" + APOS + "?s licen[cs]e|social security|date of birth|birth ?date|bank (?:account|details)|iban|routing number"
            + "|account (?:number|details)|(?:home|postal|billing|mailing|full) address|verify your (?:identity|account|details)"
            + "|confirm your (?:identity|account|details|card|address)|personal assistant|(?:i|we)" + APOS + "?(?:m| am| are) (?:\\p{L}+" + APOS + "s )?(?:an? )?(?:\\p{L}+ )?bot"
            + "|whats ?app|telegram|signal app|viber|wechat|phone|call (?:you|us|me)|give you a call|ring you|hotline|telephone|voicemail"
            + "|numéro de (?:carte|téléphone)|mot de passe|(?:photo|copie|scan) de (?:votre|la|le)|coordonnées bancaires|adresse (?:postale|complète|personnelle)"
            + "|téléphon\\p{L}*|appel(?:ez|er|ons)|vous appell\\p{L}*|rappeler|vous rappel\\p{L}*|connectez-vous|identifiez-vous"
            + "|kartennummer|kreditkarte|passwort|kennwort|(?:foto|kopie|scan) (?:ihres|ihrer|des|der)|bankdaten|bankverbindung|wohnadresse|telefon\\p{L}*"
            + "|anruf\\p{L}*|rufen (?:sie|wir)|rückruf|melden sie sich an|anmelden"
            + "|número de (?:tarjeta|teléfono)|tarjeta de crédito|contraseña|(?:foto|copia) de (?:su|tu|la|el)|datos bancarios|dirección (?:completa|postal)"
            + "|tel[eé]fono|llamar\\p{L}*|llamada|le llamaremos|inicie sesión|iniciar sesión"
            + ")" + E);

    /** Four digits or more written as words: a phone or tracking number spelled out to slip past the digit checks. */
    private static final String DIGIT_WORD = "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine"
            + "|zéro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
            + "|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)";
    private static final Pattern SPELLED_NUMBER = Pattern.compile("(?iu)" + B + DIGIT_WORD + "(?:[\\s,.\\-]+" + DIGIT_WORD + "){3,}" + E);

    private static final Pattern GREETING = Pattern.compile("(?u)^\\s*(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings"
            + "|bonjour|bonsoir|salut|cher|chère|hallo|guten tag|liebe|lieber|sehr geehrte|sehr geehrter|hola|estimad[oa]|buenos días"
            + "|buenas tardes|querid[oa])\\s*,?\\s+((?:(?i:mr|mrs|ms|miss|mx|dr|herr|frau|monsieur|madame|mme|mlle|señor|señora|señorita"
            + "|sr|sra|srta)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)");
    private static final Set<String> GENERIC_ADDRESSEES = Set.of("there", "customer", "client", "cliente", "kunde", "kundin",
            "friend", "team", "all", "everyone", "again", "madame", "monsieur", "señor", "señora");

    /** Words that speak of a delivery: with no order found, the draft has nothing to say about one. */
    private static final Pattern DELIVERY_VOCABULARY = Pattern.compile("(?iu)" + B + "(?:packages?|parcels?|shipments?|courier|carrier"
            + "|post office|in transit|on (?:its|their) way|deliver\\p{L}*|ship(?:s|ped|ping)?|dispatch\\p{L}*|arriv\\p{L}*"
            + "|expect (?:it|them)|with (?:usps|ups|dhl|fedex|the post)|colis|livr\\p{L}*|expédi\\p{L}*|transporteur|en route|en chemin"
            + "|pakete?|sendung\\p{L}*|zugestellt|geliefert|versand\\p{L}*|verschickt|unterwegs|paquetes?|envío|enviad[oa]s?|entreg\\p{L}*"
            + "|en camino|transportista|mensajer\\p{L}*)" + E);

    /** Two capitalised words or more after a determiner or a count: how a draft names a product. */
    private static final String CAP = "\\p{Lu}[\\p{L}\\p{N}'’-]*";
    private static final Pattern PRODUCT_PHRASE = Pattern.compile("(?u)" + B + "(?i:the|your|a|an|our|\\d+|one|two|three|four|five|six"
            + "|le|la|les|l'|votre|vos|un|une|das|die|der|den|dem|ihr|ihre|ihren|ein|eine|einen|el|los|las|su|sus|una)\\s+(" + CAP
            + "(?:\\s+" + CAP + ")+)");
    private static final Set<String> NOT_PRODUCT_WORDS = Set.of("ups", "usps", "dhl", "fedex", "gls", "dpd", "colissimo", "team", "order",
            "package", "parcel", "paket", "colis", "paquete", "customer", "service", "support");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("a pair of", 2),
            Map.entry("both", 2), Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("zwei", 2), Map.entry("drei", 3),
            Map.entry("vier", 4), Map.entry("uno", 1), Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4));
    private static final Pattern QUANTITY = Pattern.compile("(?iu)" + B + "(\\d+|" + String.join("|", NUMBER_WORDS.keySet())
            + ")\\s*(?:x\\s*|×\\s*)?$");

    /** Words that put an item inside a package or with a carrier; a denial in the sentence lifts the claim. */
    private static final Pattern CONTAINMENT = Pattern.compile("(?iu)" + B + "(?:in|inside|with|within|contains|containing|holds|dans"
            + "|avec|contient|im|mit|enthält|en|con|contiene|dentro)" + E);
    private static final Pattern DENIAL = Pattern.compile("(?iu)" + B + "(?:not|n" + APOS + "t|no|never|yet|missing|pas|nicht|noch|kein"
            + "\\p{L}*|todavía|aún|sin|without|ohne|sans|rest|other|remaining)" + E);
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?](?!\\d)|$)*");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?iu)[,;:()\\[\\]–—]|\\s-\\s|" + B + "(?:and|but|while|whereas|et|mais"
            + "|und|aber|während|y|pero|mientras)" + E);
    private static final Pattern ORDER_WORD = Pattern.compile("(?iu)" + B + "(?:order|commande|bestellung|pedido)" + E);
    private static final Pattern ALL_OF_IT = Pattern.compile("(?iu)" + B + "(?:both|all|every\\p{L}*|complete\\p{L}*|entire|whole|full"
            + "|tous|toutes|complète\\p{L}*|beide\\p{L}*|alle\\p{L}*|vollständig|komplett|ambos|ambas|todos|todas|todo|complet[oa])" + E);

    private final KnownFacts facts;
    private final Optional<String> customerFirstName;

    ClaimedDetails(KnownFacts facts, Optional<String> customerFirstName) {
        this.facts = facts;
        this.customerFirstName = customerFirstName;
    }

    Optional<FallbackReason> firstUnbacked(String text) {
        if (SOLICITATION.matcher(text).find()) {
            return Optional.of(FallbackReason.PERSONAL_DATA_OR_CONTACT);
        }
        if (SPELLED_NUMBER.matcher(text).find()) {
            return Optional.of(FallbackReason.NUMBER_NOT_IN_FACTS);
        }
        if (!greetsTheCustomer(text)) {
            return Optional.of(FallbackReason.WRONG_CUSTOMER_NAME);
        }
        if (facts.orders().isEmpty()) {
            return DELIVERY_VOCABULARY.matcher(withoutQuestions(text)).find()
                    ? Optional.of(FallbackReason.STATUS_NOT_IN_FACTS) : Optional.empty();
        }
        String plain = CitedFacts.LINK.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        if (!productsAreItems(plain)) {
            return Optional.of(FallbackReason.ITEM_NOT_IN_FACTS);
        }
        // A link's dots and question mark end no sentence; its digits still name its package.
        String linksKept = CitedFacts.LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group().replaceAll("[.?!]", "")));
        for (Matcher sentence = SENTENCE.matcher(linksKept); sentence.find(); ) {
            String said = sentence.group();
            if (!contentsHold(CitedFacts.LINK.matcher(said).replaceAll(" "))) {
                return Optional.of(FallbackReason.ITEM_NOT_IN_FACTS);
            }
            if (!trackingMatchesCarrier(said)) {
                return Optional.of(FallbackReason.TRACKING_NUMBER_NOT_IN_FACTS);
            }
        }
        if (!datesBelongToWhatTheyDescribe(plain)) {
            return Optional.of(FallbackReason.DATE_NOT_IN_FACTS);
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ greeting

    private boolean greetsTheCustomer(String text) {
        Matcher greeting = GREETING.matcher(text);
        if (!greeting.find()) {
            return true;
        }
        String named = greeting.group(1).strip();
        String[] words = named.split("\\s+");
        if (words.length == 1 && GENERIC_ADDRESSEES.contains(fold(words[0]))) {
            return true;
        }
        if (fold(words[0]).replace(".", "").matches("mr|mrs|ms|miss|mx|dr|herr|frau|monsieur|madame|mme|mlle|señor|señora|señorita|sr|sra|srta")) {
            // A title goes with a last name, which the facts do not hold: only the first name may follow it.
            return customerFirstName.map(ClaimedDetails::fold).filter(first -> fold(words[words.length - 1]).equals(first)).isPresent();
        }
        return customerFirstName.map(ClaimedDetails::fold).filter(first -> fold(words[0]).equals(first)
                || fold(words[0]).equals(first.split("\\s+")[0])).isPresent();
    }

    // ------------------------------------------------------------------ products and quantities

    private boolean productsAreItems(String text) {
        Set<String> blanked = new HashSet<>();
        facts.shopName().ifPresent(shop -> blanked.addAll(words(shop)));
        customerFirstName.ifPresent(name -> blanked.addAll(words(name)));
        for (Matcher phrase = PRODUCT_PHRASE.matcher(text); phrase.find(); ) {
            // A capitalised pronoun or determiner (German "Ihrer", "Sie") ends a name: "Teil Ihrer Bestellung" is no product.
            for (String segment : phrase.group(1).split("\\s+(?:Ihr\\p{L}*|Sie|Unser\\p{L}*|Der|Die|Das|Den|Dem|Des|Vous|Votre|Su|Usted)(?:\\s+|$)")) {
                List<String> named = words(segment).stream().filter(w -> !blanked.contains(w) && !NOT_PRODUCT_WORDS.contains(w))
                        .filter(w -> !isMonthOrWeekday(w)).toList();
                if (named.size() >= 2 && item(named).isEmpty()) {
                    return false;
                }
            }
        }
        // A product-like name close to an item's but not equal ("Batting - King" for "Batting - Queen", "Rotary Cutter 60mm"):
        // the item's leading words followed by another name-like word (capitalised or a number) are another product.
        for (String item : facts.itemNames()) {
            if (!variantsAbsent(item, text)) {
                return false;
            }
        }
        // A count before an item's name must be that item's quantity.
        for (String item : facts.itemNames()) {
            Matcher mention = mentionOf(item).matcher(text);
            while (mention.find()) {
                Matcher count = QUANTITY.matcher(text.substring(Math.max(0, mention.start() - 12), mention.start()));
                if (count.find()) {
                    int said = count.group(1).chars().allMatch(Character::isDigit) ? Integer.parseInt(count.group(1))
                            : NUMBER_WORDS.get(count.group(1).toLowerCase(Locale.ROOT));
                    if (!quantitiesOf(item).contains(said)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private boolean variantsAbsent(String item, String text) {
        List<String> words = List.of(item.strip().split("[\\s\\-–:,/]+"));
        if (words.size() < 2) {
            return true;
        }
        String lead = words.subList(0, words.size() - 1).stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("[\\s\\-–:,/]+"));
        Matcher next = Pattern.compile("(?iu)" + B + lead + "[\\s\\-–:,/]+((?-i:[\\p{Lu}\\p{N}])[\\p{L}\\p{N}]*)").matcher(text);
        String last = fold(words.getLast());
        while (next.find()) {
            String said = fold(next.group(1));
            if (!said.equals(last) && !singular(said).equals(singular(last)) && facts.itemNames().stream().noneMatch(
                    other -> other.regionMatches(true, 0, text, next.start(), Math.min(other.length(), text.length() - next.start())))) {
                return false;
            }
        }
        return true;
    }

    /** The item whose name holds every word (singular or plural) of the phrase. */
    private Optional<String> item(List<String> phrase) {
        return facts.itemNames().stream().filter(name -> {
            List<String> nameWords = words(name).stream().map(ClaimedDetails::singular).toList();
            return phrase.stream().map(ClaimedDetails::singular).allMatch(nameWords::contains);
        }).findFirst();
    }

    private Set<Integer> quantitiesOf(String item) {
        return facts.quantitiesOf(item);
    }

    /** An item named by its leading words ("the Rotary Cutters" for "Rotary Cutter 45mm", "Walking Foot" for the attachment). */
    private static Pattern mentionOf(String item) {
        List<String> words = List.of(item.split("[\\s\\-–]+"));
        String lead = words.size() >= 2 ? Pattern.quote(words.get(0)) + "\\s+" + Pattern.quote(singular(words.get(1)))
                : Pattern.quote(singular(words.get(0)));
        return Pattern.compile("(?iu)" + B + lead);
    }

    // ------------------------------------------------------------------ what is in which package

    /** "The Walking Foot Attachment is in the USPS package", "the Rotary Cutters are with UPS": the item must travel there. */
    private boolean contentsHold(String sentence) {
        if (DENIAL.matcher(sentence).find() || !CONTAINMENT.matcher(sentence).find()) {
            return true;
        }
        Set<ParcelFacts> packages = packagesNamedByCarrierOrNumber(sentence);
        if (packages.size() != 1) {
            return true;
        }
        ParcelFacts parcel = packages.iterator().next();
        for (String item : facts.itemNames()) {
            if (mentionOf(item).matcher(sentence).find() && !parcel.contents().contains(item)) {
                return false;
            }
        }
        return true;
    }

    /** A tracking number or link of one package presented under another package's carrier alone. */
    private boolean trackingMatchesCarrier(String sentence) {
        String digits = sentence.replaceAll("[\\s\\-.]", "");
        Set<String> carriersNamed = carriersIn(CitedFacts.LINK.matcher(sentence).replaceAll(" "));
        if (carriersNamed.isEmpty()) {
            return true;
        }
        for (ParcelFacts parcel : facts.parcels()) {
            boolean cited = parcel.trackingNumbers().stream().anyMatch(n -> digits.toLowerCase(Locale.ROOT)
                    .contains(n.replaceAll("[\\s\\-.]", "").toLowerCase(Locale.ROOT)));
            if (cited && parcel.carriers().stream().noneMatch(c -> carriersNamed.contains(fold(c)))) {
                return false;
            }
        }
        return true;
    }

    private Set<String> carriersIn(String text) {
        Set<String> named = new HashSet<>();
        for (ParcelFacts parcel : facts.parcels()) {
            for (String carrier : parcel.carriers()) {
                if (Pattern.compile("(?iu)" + B + Pattern.quote(carrier) + E).matcher(text).find()) {
                    named.add(fold(carrier));
                }
            }
        }
        return named;
    }

    private Set<ParcelFacts> packagesNamedByCarrierOrNumber(String text) {
        Set<ParcelFacts> named = new LinkedHashSet<>();
        String digits = text.replaceAll("[\\s\\-.]", "").toLowerCase(Locale.ROOT);
        for (ParcelFacts parcel : facts.parcels()) {
            boolean byCarrier = parcel.carriers().stream()
                    .anyMatch(c -> Pattern.compile("(?iu)" + B + Pattern.quote(c) + E).matcher(text).find());
            boolean byNumber = parcel.trackingNumbers().stream()
                    .anyMatch(n -> digits.contains(n.replaceAll("[\\s\\-.]", "").toLowerCase(Locale.ROOT)));
            if (byCarrier || byNumber) {
                named.add(parcel);
            }
        }
        return named;
    }

    // ------------------------------------------------------------------ dates and week days

    /** What a clause is about, for its dates: packages (by carrier, number or contents), items still to ship, the whole order. */
    private record Subject(Set<ParcelFacts> packages, Set<PendingFacts> pending, boolean wholeOrder, boolean allOfIt) {
        boolean isEmpty() {
            return packages.isEmpty() && pending.isEmpty() && !wholeOrder && !allOfIt;
        }
    }

    private Subject subjectOf(String clause) {
        Set<ParcelFacts> packages = packagesNamedByCarrierOrNumber(clause);
        Set<PendingFacts> pending = new LinkedHashSet<>();
        for (ParcelFacts parcel : facts.parcels()) {
            if (parcel.contents().stream().anyMatch(item -> mentionOf(item).matcher(clause).find())) {
                packages.add(parcel);
            }
        }
        for (PendingFacts item : facts.pending()) {
            if (mentionOf(item.name()).matcher(clause).find()) {
                pending.add(item);
            }
        }
        return new Subject(packages, pending, ORDER_WORD.matcher(clause).find(), ALL_OF_IT.matcher(clause).find());
    }

    private boolean datesBelongToWhatTheyDescribe(String text) {
        DateClaims dateClaims = new DateClaims(facts.dates());
        Set<LocalDate> placed = new HashSet<>();
        facts.orders().forEach(order -> {
            placed.add(order.placed());
            order.cancelled().ifPresent(placed::add);
        });
        Subject previous = new Subject(Set.of(), Set.of(), false, false);
        for (Matcher sentence = SENTENCE.matcher(text); sentence.find(); ) {
            String said = sentence.group();
            List<String> clauses = List.of(CLAUSE_BREAK.split(said));
            for (String clause : clauses) {
                Subject subject = subjectOf(clause);
                if (subject.isEmpty()) {
                    subject = previous;
                } else {
                    previous = subject;
                }
                Set<LocalDate> saidDays = new HashSet<>();
                dateClaims.in(clause).forEach(claim -> saidDays.addAll(claim.meaning()));
                boolean hasDate = !dateClaims.in(clause).isEmpty();
                Set<DayOfWeek> weekdays = new HashSet<>();
                for (Matcher weekday = DateClaims.WEEKDAY.matcher(clause); weekday.find(); ) {
                    weekdays.add(DateClaims.WEEKDAYS.get(weekday.group(1).toLowerCase(Locale.ROOT)));
                }
                if ((!hasDate && weekdays.isEmpty()) || subject.isEmpty()) {
                    continue;
                }
                Set<LocalDate> own = ownDates(subject);
                boolean dateOk = !hasDate || saidDays.stream().anyMatch(d -> own.contains(d) || placed.contains(d));
                boolean weekdayOk = weekdays.isEmpty() || weekdays.stream().allMatch(day -> own.stream().anyMatch(d -> d.getDayOfWeek() == day)
                        || (hasDate && saidDays.stream().anyMatch(d -> d.getDayOfWeek() == day)));
                if (!dateOk || !weekdayOk) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The days a subject has: each package's delivery or expected day. A date said of several packages
     * ("both packages are expected January 8") must be the day of every one; of the whole order, the day
     * everything arrived, when it has.
     */
    private Set<LocalDate> ownDates(Subject subject) {
        if (!subject.pending().isEmpty() && (subject.packages().isEmpty() || subject.allOfIt())) {
            return Set.of();
        }
        Set<ParcelFacts> packages = subject.packages().isEmpty() ? Set.copyOf(facts.parcels()) : subject.packages();
        if (subject.packages().isEmpty() && subject.allOfIt() && subject.wholeOrder() && !facts.pending().isEmpty()) {
            return Set.of();
        }
        Set<LocalDate> result = null;
        for (ParcelFacts parcel : packages) {
            Set<LocalDate> days = new HashSet<>();
            parcel.delivered().ifPresent(days::add);
            parcel.expected().ifPresent(days::add);
            if (result == null) {
                result = days;
            } else if (subject.allOfIt()) {
                result.retainAll(days);
            } else {
                result.addAll(days);
            }
        }
        return result == null ? Set.of() : result;
    }

    // ------------------------------------------------------------------ helpers

    private static String withoutQuestions(String text) {
        return text.replaceAll("[^.!?\\n]*\\?", " ");
    }

    private static boolean isMonthOrWeekday(String word) {
        return DateClaims.WEEKDAYS.containsKey(word) || word.matches("january|february|march|april|may|june|july|august|september"
                + "|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
                + "|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
                + "|octubre|noviembre|diciembre");
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 4 && (w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses"))) {
            return w.substring(0, w.length() - 2);
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}

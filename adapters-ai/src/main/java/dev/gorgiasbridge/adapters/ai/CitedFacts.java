package dev.gorgiasbridge.adapters.ai;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every value a draft cites comes from the shop's facts: links, bare domains, e-mail addresses,
 * phone numbers, order names, tracking-number-like tokens however they are spaced or punctuated, amounts
 * of money, dates, counts and other numbers, and carrier names. Works on normalised text
 * ({@link NormalisedText}), so full-width digits and zero-width characters hide nothing.
 *
 * <p>The values the facts contain are first blanked out of the draft (a tracking number written as
 * {@code 1Z 999 AA1 0123 4567 84} included); whatever digit, link, address or amount is left was invented.
 * Only shop data counts as facts: a number from the customer's own message may not be repeated as if the
 * shop had confirmed it.
 */
final class CitedFacts {
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    /** Links, up to the next space or closing bracket. */
    static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|hxxps?://|www\\.)[^\\s<>\"')\\]]+");
    static final Pattern EMAIL = Pattern.compile("(?i)[\\p{L}\\p{N}._%+-]+\\s?(?:@|\\[at]|\\(at\\))\\s?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** A host name ending in a top-level domain, with whatever path follows it. */
    private static final Pattern DOMAIN = Pattern.compile("(?i)(?<![\\p{L}\\p{N}@.\\-])((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?\\.)+"
            + "([a-z]{2,24}))(?![\\p{L}\\p{N}\\-])(/[^\\s]*)?");
    private static final Pattern OBFUSCATED_DOT = Pattern.compile("(?i)\\s*[\\[(]\\s*(?:\\.|dot|punkt|point|punto)\\s*[\\])]\\s*"
            + "|\\s+dot\\s+(?=(?:com|net|org|info|shop|store|online|site|io)\\b)");
    /** Top-level domains common enough that a bare {@code name.tld} without a path is read as a domain. */
    private static final Pattern COMMON_TLD = Pattern.compile("(?i)com|net|org|info|biz|io|co|me|app|dev|shop|store|online|site"
            + "|xyz|top|club|live|link|click|help|support|delivery|express|parcel|post|tracking|email|ly|to|us|uk|de|fr|es|it"
            + "|nl|be|ch|at|eu|ca|au|nz|ie|pt|pl|se|dk|no|fi|ru|cn|in|br|mx|ar|cl|jp|kr|tk|ml|ga|cf|gq|cc|ws|tv|biz");
    /** {@code #1042}, {@code #LS-1042}: a hash followed by a word holding a digit, unless it numbers a package. */
    static final Pattern ORDER_NAME = Pattern.compile("(?iu)(?<!(?:package|parcel|box|shipment|colis|paquet|envoi|paket"
            + "|sendung|paquete|env[ií]o|bulto)\\s{0,2})#\\s?[\\p{L}\\p{N}-]*\\d[\\p{L}\\p{N}-]*");
    /** "order 1042", "order number 1042", "commande n° 1042", "Bestellung Nr. 1042" and the like. */
    static final Pattern ORDER_WORD = Pattern.compile("(?iu)" + BEFORE + "(?:order|commande|bestellung|bestellnummer|pedido"
            + "|ordine|bestelling)(?:\\s+(?:number|no\\.?|nr\\.?|n°|nº|numéro|nummer|número|numero))?\\s*[#:]?\\s*(\\d{3,})" + AFTER);
    /** A currency sign by a number, a currency code a space from one ("EUR 15", not a tracking number's "EUR1…"), a currency word. */
    private static final Pattern AMOUNT = Pattern.compile("(?iu)[$€£¥₹₽]\\s?\\d|\\d\\s?[$€£¥₹₽]"
            + "|" + BEFORE + "(?:USD|EUR|GBP|CAD|AUD|CHF|MXN|JPY)\\s\\d|\\d\\s(?:USD|EUR|GBP|CAD|AUD|CHF|MXN|JPY)" + AFTER
            + "|" + BEFORE + "(?:dollars?|bucks|euros?|dólares|pesos|pounds|livres sterling|francs?)" + AFTER);
    /** Letters and digits; one with {@value #TRACKING_MIN_LENGTH}+ characters and 5+ digits looks like a tracking number. */
    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    static final int TRACKING_MIN_LENGTH = 8;
    static final int TRACKING_MIN_DIGITS = 5;
    /** What may join the parts of one number: a dash, dot, slash or underscore, or spaces and brackets between digits. */
    private static final Pattern JOINER = Pattern.compile("[\\-./_]|[\\s()+\\-./]{1,3}");
    private static final Pattern PHONE_CONTEXT = Pattern.compile("(?iu)(?:\\+|call|phone|tel|mobile|whatsapp|sms|text us|ring"
            + "|appel|téléphone|portable|ruf|telefon|handy|llam|teléfono|móvil|celular)[^\\n]{0,50}$");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** "1." or "2)" numbering the lines of a list. */
    private static final Pattern LIST_NUMBER = Pattern.compile("(?m)^[ \\t]*\\d{1,2}[.)](?=\\s)");
    /** "412.80", "49,90": a price without its currency. */
    private static final Pattern DECIMAL_AMOUNT = Pattern.compile("\\d{1,6}[.,]\\d{2}");
    /** "two packages", "3 Pakete": a count of packages, which must be one an order has (or the boxes of one package). */
    private static final Pattern PACKAGE_COUNT = Pattern.compile("(?iu)" + BEFORE + "(\\d+|two|three|four|five|six|deux|trois|quatre"
            + "|cinq|six|zwei|drei|vier|fünf|sechs|dos|tres|cuatro|cinco|seis)\\s+(?:separate\\s+|séparés?\\s+|getrennten?\\s+"
            + "|separados?\\s+)?(?:packages|parcels|boxes|shipments|colis|paquets|envois|pakete|päckchen|sendungen|paquetes|envíos"
            + "|bultos|cajas)" + AFTER);

    private final KnownFacts facts;
    private final List<Pattern> knownTrackingNumbers;

    private CitedFacts(KnownFacts facts) {
        this.facts = facts;
        this.knownTrackingNumbers = facts.trackingNumbers().stream().map(CitedFacts::spacedAnyhow).toList();
    }

    static CitedFacts of(KnownFacts facts) {
        return new CitedFacts(facts);
    }

    /** The first citation not backed by the facts, if any. The text must be normalised. */
    Optional<FallbackReason> firstUnbacked(String text) {
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            if (!knownLink(link.group())) {
                return Optional.of(FallbackReason.LINK_NOT_IN_FACTS);
            }
        }
        // Text inside a known link (e.g. its tracking number) is checked with the link, not again.
        String rest = blank(text, LINK);
        String dotted = OBFUSCATED_DOT.matcher(rest).replaceAll(".");
        if (EMAIL.matcher(dotted).find()) {
            return Optional.of(FallbackReason.CONTACT_NOT_IN_FACTS);
        }
        Matcher domain = DOMAIN.matcher(dotted);
        while (domain.find()) {
            boolean looksLikeDomain = domain.group(3) != null || COMMON_TLD.matcher(domain.group(2)).matches();
            if (looksLikeDomain && !knownHost(domain.group(1), domain.group(3))) {
                return Optional.of(FallbackReason.LINK_NOT_IN_FACTS);
            }
        }
        Optional<FallbackReason> orderName = unknownOrderName(rest);
        if (orderName.isPresent()) {
            return orderName;
        }
        rest = blankKnownValues(rest);
        if (AMOUNT.matcher(rest).find()) {
            return Optional.of(FallbackReason.AMOUNT_NOT_IN_FACTS);
        }
        DateClaims dates = new DateClaims(facts.dates());
        if (dates.firstUnbacked(rest).isPresent()) {
            return Optional.of(FallbackReason.DATE_NOT_IN_FACTS);
        }
        rest = blank(dates.blankBacked(rest), LIST_NUMBER);
        Optional<FallbackReason> number = unbackedNumber(rest);
        if (number.isPresent()) {
            return number;
        }
        Matcher count = PACKAGE_COUNT.matcher(rest);
        while (count.find()) {
            int packages = countOf(count.group(1));
            // An order's number of packages, or one package's number of boxes (a tracking number each).
            if (facts.orders().stream().noneMatch(order -> order.parcels().size() == packages)
                    && facts.parcels().stream().noneMatch(parcel -> parcel.trackingNumbers().size() == packages)) {
                return Optional.of(FallbackReason.NUMBER_NOT_IN_FACTS);
            }
        }
        if (CarrierNames.unbackedIn(rest, facts.carriers())) {
            return Optional.of(FallbackReason.CARRIER_NOT_IN_FACTS);
        }
        return Optional.empty();
    }

    private Optional<FallbackReason> unknownOrderName(String text) {
        List<String> names = facts.orders().stream().map(order -> order.name().strip().toUpperCase(Locale.ROOT)).toList();
        Matcher name = ORDER_NAME.matcher(text);
        while (name.find()) {
            if (!names.contains(name.group().replace(" ", "").toUpperCase(Locale.ROOT))) {
                return Optional.of(FallbackReason.ORDER_NAME_NOT_IN_FACTS);
            }
        }
        Matcher number = ORDER_WORD.matcher(text);
        while (number.find()) {
            String digits = number.group(1);
            if (facts.orders().stream().noneMatch(order -> order.name().replaceAll("\\D", "").equals(digits))) {
                return Optional.of(FallbackReason.ORDER_NAME_NOT_IN_FACTS);
            }
        }
        return Optional.empty();
    }

    /** The draft with every value the facts contain blanked out: tracking numbers, order names, product and shop names. */
    private String blankKnownValues(String text) {
        String rest = text;
        for (Pattern tracking : knownTrackingNumbers) {
            rest = blank(rest, tracking);
        }
        List<String> phrases = new ArrayList<>();
        facts.orders().forEach(order -> phrases.add(order.name()));
        phrases.addAll(facts.itemNames());
        facts.shopName().ifPresent(phrases::add);
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        for (String phrase : phrases) {
            if (!phrase.isBlank()) {
                rest = blank(rest, Pattern.compile("(?iu)" + BEFORE + Pattern.quote(phrase) + AFTER));
            }
        }
        return rest;
    }

    /**
     * Digits left over: joined through dashes, dots, spaces or brackets into one number as a reader would
     * read them. Five digits or more is a tracking number (or a phone number, next to a phone word or a plus
     * sign) the facts do not hold; fewer must be a count or number the facts do hold.
     */
    private Optional<FallbackReason> unbackedNumber(String draft) {
        // "<3" is a heart, no number.
        String text = draft.replaceAll("<3(?![\\p{N}])", "  ");
        Matcher token = TOKEN.matcher(text);
        List<int[]> group = new ArrayList<>();
        int previousEnd = -1;
        boolean previousHasDigit = false;
        List<List<int[]>> groups = new ArrayList<>();
        while (token.find()) {
            boolean hasDigit = token.group().chars().anyMatch(Character::isDigit);
            boolean joined = previousEnd >= 0 && joins(text.substring(previousEnd, token.start()), previousHasDigit && hasDigit);
            if (!joined && !group.isEmpty()) {
                groups.add(group);
                group = new ArrayList<>();
            }
            group.add(new int[] {token.start(), token.end()});
            previousEnd = token.end();
            previousHasDigit = hasDigit;
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        for (List<int[]> parts : groups) {
            String joined = text.substring(parts.getFirst()[0], parts.getLast()[1]);
            String collapsed = joined.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
            long digits = collapsed.chars().filter(Character::isDigit).count();
            if (digits == 0) {
                continue;
            }
            if (DECIMAL_AMOUNT.matcher(joined).matches()) {
                return Optional.of(FallbackReason.AMOUNT_NOT_IN_FACTS);
            }
            if (digits >= TRACKING_MIN_DIGITS) {
                String before = text.substring(Math.max(0, parts.getFirst()[0] - 60), parts.getFirst()[0]);
                boolean phoneShaped = parts.size() > 1 && collapsed.chars().allMatch(Character::isDigit)
                        || joined.contains("(");
                return Optional.of(phoneShaped && PHONE_CONTEXT.matcher(before).find()
                        ? FallbackReason.CONTACT_NOT_IN_FACTS : FallbackReason.TRACKING_NUMBER_NOT_IN_FACTS);
            }
            Matcher number = NUMBER.matcher(joined);
            while (number.find()) {
                if (!facts.allowsNumber(Long.parseLong(number.group()))) {
                    return Optional.of(FallbackReason.NUMBER_NOT_IN_FACTS);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean joins(String between, boolean digitsOnBothSides) {
        if (between.isEmpty()) {
            return true;
        }
        if (between.length() == 1 && "-./_".indexOf(between.charAt(0)) >= 0) {
            return true;
        }
        return digitsOnBothSides && JOINER.matcher(between).matches();
    }

    /** A known link, with or without its scheme, perhaps followed by the punctuation of the sentence. */
    private boolean knownLink(String cited) {
        String link = withoutScheme(cited);
        return facts.links().stream().map(CitedFacts::withoutScheme).anyMatch(known -> link.startsWith(known)
                && link.substring(known.length()).chars().allMatch(CitedFacts::closing));
    }

    private static String withoutScheme(String link) {
        return link.replaceFirst("(?i)^h(?:tt|xx)ps?://", "");
    }

    /** A bare host is fine when a known link lives there ("ups.com" for a UPS tracking link), but not with a path. */
    private boolean knownHost(String host, String path) {
        if (path != null && !path.chars().allMatch(CitedFacts::closing)) {
            return false;
        }
        String bare = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        return facts.links().stream().map(CitedFacts::hostOf).flatMap(Optional::stream)
                .anyMatch(known -> known.equals(bare));
    }

    private static Optional<String> hostOf(String link) {
        try {
            return Optional.ofNullable(URI.create(link).getHost()).map(host -> host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What may follow a link in prose: a full stop, a closing bracket or quote, and so on. */
    private static boolean closing(int c) {
        return ".,;:!?)]}>'\"*".indexOf(c) >= 0;
    }

    /** A known tracking number however a draft spaces or punctuates it: {@code 1Z 999-AA1.0123}. */
    /**
     * The draft with every tracking number of the facts written exactly as the facts give it: a model that groups
     * "9400 1118 9922 …" or adds dashes cites the right number, but the agent copies the posted text into a carrier's
     * search, so what is posted carries the exact value (docs/ai-drafts.md, "Tracking numbers").
     */
    String withExactTrackingNumbers(String text) {
        String exact = text;
        for (String number : facts.trackingNumbers()) {
            exact = spacedAnyhow(number).matcher(exact).replaceAll(Matcher.quoteReplacement(number));
        }
        return exact;
    }

    static Pattern spacedAnyhow(String number) {
        String compact = number.replaceAll("[^\\p{L}\\p{N}]", "");
        StringBuilder regex = new StringBuilder("(?iu)" + BEFORE);
        for (int i = 0; i < compact.length(); i++) {
            if (i > 0) {
                regex.append("[\\s\\-./_]{0,2}");
            }
            regex.append(Pattern.quote(String.valueOf(compact.charAt(i))));
        }
        return Pattern.compile(regex.append(AFTER).toString());
    }

    static String blank(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private static int countOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "two", "deux", "zwei", "dos" -> 2;
            case "three", "trois", "drei", "tres" -> 3;
            case "four", "quatre", "vier", "cuatro" -> 4;
            case "five", "cinq", "fünf", "cinco" -> 5;
            case "six", "sechs", "seis" -> 6;
            default -> word.length() > 6 ? -1 : Integer.parseInt(word);
        };
    }
}

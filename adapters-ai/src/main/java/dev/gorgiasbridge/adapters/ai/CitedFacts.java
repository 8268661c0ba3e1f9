package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.shipment.FulfillmentLineItem;
import dev.gorgiasbridge.domain.shipment.Parcel;
import dev.gorgiasbridge.domain.shipment.PendingItem;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that every order name, tracking-number-like token, link and carrier a draft cites comes from the facts.
 * Only shop data counts as facts: the customer's own text is untrusted, so a number it contains may not be
 * repeated as if the shop had confirmed it.
 */
final class CitedFacts {
    /** Links, up to the next space; trailing punctuation is tolerated when comparing. */
    static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    /** {@code #1042}, {@code #LS-1042}: a hash followed by a word holding a digit. */
    static final Pattern ORDER_NAME = Pattern.compile("#[A-Za-z0-9-]*\\d[A-Za-z0-9-]*");
    /** "order 1042", "order number 1042", "commande 1042", "Bestellung Nr. 1042" and the like. */
    static final Pattern ORDER_WORD = Pattern.compile("(?iu)\\b(?:order|commande|bestellung|pedido|ordine|bestelling)"
            + "(?:\\s+(?:number|no\\.?|nr\\.?|n°|nº|numéro|nummer|número|numero))?\\s*#?\\s*(\\d{3,})\\b");
    /** Letters and digits; one with {@value #TRACKING_MIN_LENGTH}+ characters and 5+ digits looks like a tracking number. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+");
    static final int TRACKING_MIN_LENGTH = 8;
    static final int TRACKING_MIN_DIGITS = 5;
    /**
     * Ten or more digits split by single spaces ("9400 1118 9922 …"), which the token rule cannot see whole.
     * Not dashes: "2026-01-05 12:30" would read as ten digits.
     */
    static final Pattern DIGIT_RUN = Pattern.compile("\\d(?: ?\\d){9,}");

    private final Set<String> links;
    private final Set<String> orderNames;
    private final Set<String> orderNumbers;
    private final Set<String> tokens;
    private final List<String> collapsed;
    private final List<String> carriers;

    private CitedFacts(ReplyFacts facts) {
        List<ShipmentAnalysis> orders = facts.orders();
        List<Parcel> parcels = orders.stream().flatMap(order -> order.parcels().stream()).toList();
        this.links = new HashSet<>(parcels.stream()
                .flatMap(parcel -> Stream.concat(parcel.trackingUrls().stream(), parcel.trackingLinks().stream())).toList());
        this.orderNames = new HashSet<>(orders.stream().map(order -> order.orderName().strip().toUpperCase(Locale.ROOT)).toList());
        this.orderNumbers = new HashSet<>(orders.stream().map(order -> order.orderName().replaceAll("\\D", ""))
                .filter(digits -> !digits.isEmpty()).toList());
        List<String> shopTexts = Stream.of(
                        orders.stream().map(ShipmentAnalysis::orderName),
                        parcels.stream().flatMap(parcel -> parcel.trackingNumbers().stream().map(Object::toString)),
                        links.stream(),
                        parcels.stream().flatMap(parcel -> parcel.carriers().stream()),
                        parcels.stream().flatMap(parcel -> parcel.contents().stream().map(FulfillmentLineItem::name)),
                        orders.stream().flatMap(order -> order.pendingItems().stream().map(PendingItem::name)),
                        facts.shopName().stream())
                .flatMap(s -> s).toList();
        this.tokens = new HashSet<>(shopTexts.stream().flatMap(CitedFacts::tokensOf).toList());
        this.carriers = parcels.stream().flatMap(parcel -> parcel.carriers().stream()).toList();
        this.collapsed = shopTexts.stream().map(text -> text.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT)).toList();
    }

    static CitedFacts of(ReplyFacts facts) {
        return new CitedFacts(facts);
    }

    /** The first citation not backed by the facts, if any. */
    Optional<FallbackReason> firstUnbacked(String draft) {
        Matcher link = LINK.matcher(draft);
        while (link.find()) {
            if (!knownLink(link.group())) {
                return Optional.of(FallbackReason.LINK_NOT_IN_FACTS);
            }
        }
        // Text inside a known link (e.g. its tracking number) is checked with the link, not again.
        String text = LINK.matcher(draft).replaceAll(" ");
        Matcher name = ORDER_NAME.matcher(text);
        while (name.find()) {
            if (!orderNames.contains(name.group().toUpperCase(Locale.ROOT))) {
                return Optional.of(FallbackReason.ORDER_NAME_NOT_IN_FACTS);
            }
        }
        Matcher number = ORDER_WORD.matcher(text);
        while (number.find()) {
            if (!orderNumbers.contains(number.group(1))) {
                return Optional.of(FallbackReason.ORDER_NAME_NOT_IN_FACTS);
            }
        }
        if (tokensOf(text).anyMatch(token -> looksLikeTracking(token) && !tokens.contains(token))) {
            return Optional.of(FallbackReason.TRACKING_NUMBER_NOT_IN_FACTS);
        }
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            String digits = run.group().replace(" ", "");
            if (collapsed.stream().noneMatch(known -> known.contains(digits))) {
                return Optional.of(FallbackReason.TRACKING_NUMBER_NOT_IN_FACTS);
            }
        }
        if (CarrierNames.unbackedIn(text, carriers)) {
            return Optional.of(FallbackReason.CARRIER_NOT_IN_FACTS);
        }
        return Optional.empty();
    }

    private boolean knownLink(String cited) {
        return links.stream().anyMatch(known -> cited.equals(known)
                || cited.startsWith(known) && cited.substring(known.length()).chars().allMatch(CitedFacts::closing));
    }

    /** What may follow a link in prose: a full stop, a closing bracket or quote, and so on. */
    private static boolean closing(int c) {
        return ".,;:!?)]}>'\"*".indexOf(c) >= 0;
    }

    static boolean looksLikeTracking(String token) {
        return token.length() >= TRACKING_MIN_LENGTH && token.chars().filter(Character::isDigit).count() >= TRACKING_MIN_DIGITS;
    }

    private static Stream<String> tokensOf(String text) {
        return TOKEN.matcher(text).results().map(match -> match.group().toUpperCase(Locale.ROOT));
    }
}

package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.adapters.ai.KnownFacts.NonShippingFacts;
import dev.gorgiasbridge.adapters.ai.KnownFacts.OrderFacts;
import dev.gorgiasbridge.adapters.ai.KnownFacts.ParcelFacts;
import dev.gorgiasbridge.adapters.ai.KnownFacts.PendingFacts;
import dev.gorgiasbridge.adapters.ai.KnownFacts.Unit;
import dev.gorgiasbridge.adapters.ai.StatusWords.Mention;
import dev.gorgiasbridge.adapters.ai.StatusWords.Status;
import dev.gorgiasbridge.domain.shipment.DeliveryMethod.Handover;
import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every status a draft states is true of what it is said about. Each statement
 * ({@link StatusWords}) is attributed to what the draft names before it in the same clause — a package by
 * its carrier, tracking number, link, contents or rank ("the second one"), items by name, the order, "the
 * rest", "everything", "both packages" — or, when the clause names nothing, to what the sentence or the
 * previous statement was about; with nothing named at all, to the order. The statement must then hold:
 * of every package or item named; of the order as a whole for "delivered" (every package delivered and
 * nothing left to ship) and of some part of it for progress such as "shipped" or "on its way"; of every
 * package and item for "in full", "everything" or "the rest". A status the facts cannot confirm — a status
 * Shopify reports that this service does not know, a loss, a refund, an order that was not found — is never
 * true. Statements after "as soon as", "once", "if" and the like are suppositions and are not checked.
 *
 * <p>How a package or item reaches the customer matters: one picked up at the shop or delivered by the shop
 * itself is never shipped, never "not shipped yet" and never tracked unless Shopify gives a tracking number
 * for it; it is ready for pickup, picked up, out for (local) delivery or delivered as its status says. An item
 * that never ships (a gift card, a digital good) has no delivery status at all: it may only be said not to
 * be shipped, never "not shipped yet" nor on its way.
 */
final class StatusClaims {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final Set<Status> NEVER_CONFIRMED = EnumSet.of(Status.REFUNDED, Status.UNVERIFIABLE);
    private static final Set<Status> EXPECTATIONS = EnumSet.of(Status.EXPECTED_DELIVERY, Status.EXPECTED_SHIPMENT, Status.SCHEDULED);
    private static final Set<Status> WHOLE_ORDER = EnumSet.of(Status.DELIVERED, Status.ARRIVED, Status.PICKED_UP,
            Status.READY_FOR_PICKUP);
    /** What only a carrier does: said of a pickup or a local delivery, it promises what will not happen. */
    private static final Set<Status> CARRIER_ONLY = EnumSet.of(Status.SHIPPED, Status.EXPECTED_SHIPMENT,
            Status.AWAITING_SHIPMENT);
    /** "gift card", "carte cadeau", "Gutschein", "tarjeta regalo": the order's gift cards, never a package. */
    private static final Pattern GIFT_CARD = Pattern.compile("(?iu)" + "(?<![\\p{L}\\p{N}])(?:gift ?cards?|e-?gift ?cards?"
            + "|cartes? (?:-)?cadeaux?|geschenk(?:karte|gutschein)(?:n|e)?|gutscheine?|tarjetas? (?:de )?regalo)(?![\\p{L}\\p{N}])");
    private static final Set<String> NAME_FILLERS = Set.of("with", "and", "for", "the", "set", "pack", "pair", "piece", "pieces",
            "size", "color", "colour", "edition", "item", "items", "spools", "package", "parcel", "order", "from", "your", "card");
    private static final Pattern SEGMENT_BREAK = Pattern.compile("[,;:]|\\s[–—-]\\s|\\(|\\)");
    /** A month name (or its abbreviation) right after a day's number: "5. Januar", "5. Jan.", "13. Februar". */
    private static final Pattern MONTH_AFTER = Pattern.compile("(?iu)\\s*(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct"
            + "|nov|dez|dec|\\d)");
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:^|[\\s(])(?:e\\.g|i\\.e|no|nr|approx|ca|bzw|z\\.b|etc|mr|mrs|ms|dr|st"
            + "|sr|sra|vs|n°|nº|\\d{1,2})$");

    /** Nothing but a determiner or a quantity between a verb and its object. */
    private static final Pattern DETERMINERS = Pattern.compile("(?iu)\\s*(?:(?:the|your|our|both|all|\\d+|x|le|la|les|l'|vos|votre|nos"
            + "|des|die|der|den|das|ihre?n?|unsere?n?|el|los|las|su|sus|nuestros?|nuestras?)\\s+){0,3}");

    private enum Kind { UNITS, ORDER_NAMED, ORDER_GENERIC, ORDINAL, ALL, REST, PARTIAL, ALL_PARCELS, ANY_PARCEL, OTHER, GENERIC_PARCEL }

    private record Ref(int start, int end, Kind kind, List<Unit> units, int order, int ordinal) {
    }

    private static final List<Map.Entry<Kind, Pattern>> WORDS = List.of(
            Map.entry(Kind.REST, words("the rest|everything else|(?:the )?remaining(?: items?| products?| articles?| part| packages?"
                    + "| parcels?)?|the remainder|what(?:'s| is) left|le reste|(?:les |l')?(?:articles? )?restants?|tout le reste"
                    + "|der rest|(?:die |den )?restlichen?(?: artikel| teile| pakete)?|(?:die )?übrigen?(?: artikel)?|alles andere"
                    + "|el resto|(?:los |las )?(?:artículos )?restantes?|lo demás|lo que falta")),
            Map.entry(Kind.ALL, words("in full|in its entirety|(?:all|every)(?: of)?(?: the| your)?(?: two| three| four| five| \\d+)? (?:items?|products?|articles?"
                    + "|things|pieces)|everything|(?:your |the )?(?:entire|whole|complete|full) order|completely|fully|complete"
                    + "|en totalité|(?:dans son |en )intégralité|(?:la )?totalité|tous (?:les|vos) (?:articles|produits)|l'ensemble"
                    + "|complète(?:ment)?|tout (?:a été|est|sera)|vollständig|komplett|alle (?:artikel|produkte|teile|sachen)|alles"
                    + "|(?:die |ihre )?gesamte(?:n)? bestellung|ganze(?:n)? bestellung|complet[oa]|completamente|en su totalidad"
                    + "|tod[oa]s (?:los|sus|las) (?:artículos|productos|cosas)|todo (?:el|su) pedido|todo (?:ha|fue|está|se)")),
            Map.entry(Kind.PARTIAL, words("partially|partly|in part|part of|some of|one (?:of the |of your )?(?:items?|articles?|products?)|un article|ein artikel|un artículo|partiellement|en partie|une partie|teilweise"
                    + "|zum teil|ein teil|parcialmente|en parte|parte de|una parte")),
            Map.entry(Kind.ALL_PARCELS, words("both(?: of them| packages| parcels| boxes| shipments)?|all (?:the |your |of the |of your )?"
                    + "(?:packages|parcels|shipments|boxes)|(?:the|your) (?:two |three )?(?:packages|parcels|shipments|boxes)"
                    + "|les deux (?:colis|paquets|envois)|tous les (?:colis|paquets|envois)|(?:vos|les) (?:colis|paquets|envois)"
                    + "|beide(?:n)? (?:pakete|sendungen)|alle pakete|(?:die|ihre) (?:pakete|sendungen)|ambos(?: paquetes)?"
                    + "|los dos (?:paquetes|envíos)|todos los paquetes|(?:los|sus) (?:paquetes|envíos)")),
            Map.entry(Kind.ANY_PARCEL, words("one of (?:the|your) (?:two |three |\\d+ )?(?:packages|parcels|boxes|shipments)|one (?:package|parcel|box|shipment)"
                    + "|(?:l'un|un) des colis|un colis|eines (?:der|ihrer) pakete|ein paket|uno de (?:los|sus) paquetes|un paquete")),
            Map.entry(Kind.OTHER, words("the other(?: one| package| parcel| box| shipment)?|l'autre(?: colis| paquet| envoi)?"
                    + "|(?:das|dem) andere(?:n)?(?: paket)?|(?:die|der) andere(?: sendung)?|el otro(?: paquete| envío)?|la otra")),
            Map.entry(Kind.ORDINAL, words("(?:the |that )(?:first|second|third|fourth|1st|2nd|3rd|4th)(?: one| package| parcel| box"
                    + "| shipment)?|(?:first|second|third|fourth|1st|2nd|3rd|4th) (?:one|package|parcel|box|shipment)"
                    + "|(?:package|parcel|box|shipment) (?:#|no\\.? ?|number )?[1-9]"
                    + "|(?:le |la |du |au |un |l')(?:premier|première|1er|1re|second|seconde|deuxième|2e|2ème|troisième|3e)"
                    + "(?: colis| paquet| envoi| carton)?|(?:premier|première|second|seconde|deuxième|troisième) (?:colis|paquet|envoi)"
                    + "|colis (?:n[°º] ?)?[1-9]"
                    + "|(?:das |die |der |dem |den )?(?:erste|zweite|dritte)[nrms]?(?: paket| sendung| lieferung| päckchen| karton)"
                    + "|(?:das |die |der |dem |den )(?:erste|zweite|dritte)[nrms]?|paket (?:nr\\.? ?)?[1-9]"
                    + "|(?:el |la |del |al )(?:primer|primero|primera|segundo|segunda|tercer|tercero|tercera)(?: paquete| envío"
                    + "| bulto| caja)?|(?:primer|segundo|tercer) (?:paquete|envío|bulto)|paquete (?:n[°º]\\.? ?)?[1-9]")),
            Map.entry(Kind.GENERIC_PARCEL, words("package|parcel|box|shipment|colis|paquet|envoi|paket|päckchen|sendung|lieferung"
                    + "|paquete|envío|bulto")),
            Map.entry(Kind.ORDER_GENERIC, words("(?<!in )order(?! to)|commande|bestellung|pedido|compra")));

    private final KnownFacts facts;
    private final List<Map.Entry<Pattern, List<Unit>>> namedUnits = new ArrayList<>();
    private final List<Map.Entry<Pattern, Integer>> namedOrders = new ArrayList<>();

    StatusClaims(KnownFacts facts) {
        this.facts = facts;
        for (ParcelFacts parcel : facts.parcels()) {
            parcel.trackingNumbers().forEach(number -> namedUnits.add(Map.entry(CitedFacts.spacedAnyhow(number), List.of(parcel))));
            parcel.links().forEach(link -> namedUnits.add(Map.entry(Pattern.compile(Pattern.quote(
                    link.replaceFirst("(?i)^https?://", ""))), List.of(parcel))));
        }
        for (String carrier : facts.carriers()) {
            List<Unit> carried = facts.parcels().stream().filter(p -> p.carriers().contains(carrier))
                    .map(Unit.class::cast).toList();
            String flags = carrier.matches("[A-Z0-9]{2,5}") ? "" : "(?iu)";
            namedUnits.add(Map.entry(Pattern.compile(flags + B + Pattern.quote(carrier) + E), carried));
        }
        Map<String, List<Unit>> byWord = new HashMap<>();
        for (ParcelFacts parcel : facts.parcels()) {
            parcel.contents().forEach(name -> significantWords(name).forEach(word ->
                    byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(parcel)));
        }
        for (PendingFacts item : facts.pending()) {
            significantWords(item.name()).forEach(word -> byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(item));
        }
        for (NonShippingFacts item : facts.nonShipping()) {
            significantWords(item.name()).forEach(word -> byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(item));
        }
        byWord.forEach((word, units) -> namedUnits.add(Map.entry(Pattern.compile("(?iu)" + B + Pattern.quote(word)
                + "(?:s|es|e|en|n)?" + E), List.copyOf(new LinkedHashSet<>(units)))));
        // A gift card in any of the four languages is one of the order's gift cards; with none, a claim about nothing.
        namedUnits.add(Map.entry(GIFT_CARD, facts.nonShipping().stream().filter(item -> GIFT_CARD.matcher(item.name()).find())
                .map(Unit.class::cast).toList()));
        for (OrderFacts order : facts.orders()) {
            namedOrders.add(Map.entry(Pattern.compile("(?iu)(?<![\\p{L}\\p{N}#])" + Pattern.quote(order.name()) + E), order.number()));
            String digits = order.name().replaceAll("\\D", "");
            if (!digits.isEmpty()) {
                namedOrders.add(Map.entry(Pattern.compile("(?iu)" + B + "(?:order|commande|bestellung|pedido)(?:\\s+(?:number|no\\.?"
                        + "|nr\\.?|n°|nº|numéro|nummer|número))?\\s*[#:]?\\s*" + digits + E), order.number()));
            }
        }
    }

    /**
     * The first word of the normalised draft that speaks of goods outside every status phrase read ({@link UnreadClaims}),
     * if any; the facts' own names (products, shop, carriers) are blanked first, so "Post-it Notes" says nothing.
     */
    Optional<String> firstUnread(String text) {
        String blanked = blankNames(text);
        return UnreadClaims.firstIn(blanked, StatusWords.in(blanked));
    }

    /** Whether every status the normalised draft states is true of what it is about. */
    boolean allTrue(String text) {
        List<Ref> refs = referents(text);
        List<DateClaims.Claim> dates = new DateClaims(facts.dates()).in(text);
        List<Mention> mentions = StatusWords.in(blankNames(text));
        List<int[]> sentences = sentences(text);
        List<Ref> previousGroup = List.of();
        List<ParcelFacts> lastParcels = List.of();
        for (int[] sentence : sentences) {
            List<Mention> inSentence = mentions.stream().filter(m -> m.start() >= sentence[0] && m.start() < sentence[1]).toList();
            int lastEnd = sentence[0];
            List<Ref> groupInSentence = null;
            for (int i = 0; i < inSentence.size(); i++) {
                Mention mention = inSentence.get(i);
                List<Integer> segments = segmentStarts(text, sentence[0], mention.start());
                int segment = segments.getLast();
                int from = Math.max(segment, lastEnd);
                int until = i + 1 < inSentence.size() ? inSentence.get(i + 1).start() : sentence[1];
                // What follows the statement counts up to a supposition: "we're preparing X as soon as everything is ready".
                Matcher supposition = StatusWords.SUPPOSITION.matcher(text).region(mention.end(), until);
                int stated = supposition.find() ? supposition.start() : until;
                // "we're preparing the 2 Thread Snips": a clause that names nothing before its statement is about its object.
                List<Ref> group = between(refs, from, mention.start()).isEmpty() ? directObject(text, refs, mention) : List.of();
                if (group.isEmpty()) {
                    group = nearestBefore(text, refs, segments, lastEnd, mention.start());
                }
                if (group.isEmpty() && groupInSentence == null) {
                    group = between(refs, mention.end(), stated);
                }
                if (group.isEmpty()) {
                    group = groupInSentence != null ? groupInSentence : previousGroup;
                }
                // "delivered in full", "ha sido entregado por completo": a quantifier after the verb counts too.
                int segmentEnd = segmentEnd(text, mention.end(), until);
                List<Ref> quantifiers = between(refs, mention.end(), Math.min(segmentEnd, stated)).stream()
                        .filter(ref -> ref.kind() == Kind.ALL || ref.kind() == Kind.REST || ref.kind() == Kind.PARTIAL).toList();
                if (!quantifiers.isEmpty()) {
                    group = java.util.stream.Stream.concat(group.stream(), quantifiers.stream()).toList();
                }
                boolean supposed = mention.status() == Status.NONE
                        || StatusWords.SUPPOSITION.matcher(text.substring(segment, mention.start())).find()
                        // "Could you send me the tracking number?" asks for tracking, it promises none.
                        || mention.status() == Status.TRACKING && text.substring(sentence[0], sentence[1]).strip().endsWith("?");
                boolean denied = StatusWords.denied(text, mention, from);
                boolean stillToCome = denied && StatusWords.YET.matcher(text.substring(from, segmentEnd)).find();
                Claim claim = new Claim(mention.status(), denied, stillToCome);
                OrderFacts order = currentOrder(refs, group, mention.start());
                List<Target> targets = resolve(group, order, lastParcels);
                if (!supposed && targets.stream().anyMatch(target -> !Boolean.TRUE.equals(target.holds(claim)))) {
                    return false;
                }
                // Tracking is no event: a date beside "tracking number" belongs to the status around it.
                List<Mention> events = inSentence.stream().filter(m -> m.status() != Status.TRACKING).toList();
                List<DateClaims.Claim> bound = mention.status() == Status.TRACKING ? List.of()
                        : boundDates(dates, events, mention, segment, segmentEnd(text, mention.end(), sentence[1]));
                if (!supposed && !datesFit(bound, mention, denied, targets, order)) {
                    return false;
                }
                List<ParcelFacts> named = targets.stream().flatMap(target -> target.parcels().stream()).toList();
                if (!named.isEmpty()) {
                    lastParcels = named;
                }
                lastEnd = mention.end();
                groupInSentence = group;
                previousGroup = group;
            }
        }
        return true;
    }

    /**
     * A date in the statement's clause must be the day of that very event: the delivery day of the packages
     * said to be delivered, the expected day of those said to be coming. The day the order was placed may be
     * named anywhere; any other date next to a status ("shipped on January 5") is not in the facts.
     */
    private static boolean datesFit(List<DateClaims.Claim> dates, Mention mention, boolean denied, List<Target> targets,
                                    OrderFacts order) {
        for (DateClaims.Claim date : dates) {
            // The day the order was placed may stand by a past event, never by an expected one ("you'll get it on Friday").
            if (order != null && date.meaning().contains(order.placed()) && !EXPECTATIONS.contains(mention.status())) {
                continue;
            }
            // "cancelled on January 22": the day the order was cancelled stands by its cancellation.
            if (order != null && !denied && mention.status() == Status.CANCELLED
                    && order.cancelled().filter(date.meaning()::contains).isPresent()) {
                continue;
            }
            if (denied || targets.stream().anyMatch(target -> !target.happenedOn(mention.status(), date.meaning()))) {
                return false;
            }
        }
        return true;
    }

    /** The dates of the statement's clause that stand nearer to it than to any other statement. */
    private static List<DateClaims.Claim> boundDates(List<DateClaims.Claim> dates, List<Mention> mentions, Mention mention,
                                                     int from, int until) {
        return dates.stream()
                .filter(date -> date.start() >= from && date.end() <= until)
                .filter(date -> date.end() <= mention.start() || date.start() >= mention.end())
                .filter(date -> mentions.stream().noneMatch(other -> other != mention
                        && distance(other, date) < distance(mention, date)))
                .toList();
    }

    private static int distance(Mention mention, DateClaims.Claim date) {
        return date.start() >= mention.end() ? date.start() - mention.end() : Math.max(0, mention.start() - date.end());
    }

    // ---- what a statement is about

    /**
     * One statement as the draft makes it.
     *
     * @param denied      "has not shipped", "n'a pas été livré"
     * @param stillToCome denied with "yet" ("not shipped yet", "pas encore", "noch nicht", "todavía no"): it will happen
     */
    private record Claim(Status status, boolean denied, boolean stillToCome) {
    }

    private sealed interface Target {
        /** TRUE, FALSE, or null when the facts cannot tell. */
        Boolean holds(Claim claim);

        default List<ParcelFacts> parcels() {
            return List.of();
        }

        /** Whether the status happened, or is expected, on one of these days for what the target names. */
        default boolean happenedOn(Status status, Set<java.time.LocalDate> days) {
            List<Unit> units = switch (this) {
                case Each each -> each.units();
                case Any any -> any.units();
                case Whole whole -> whole.order().units();
                case Part part -> part.order().units();
                case WholeOrder whole -> whole.order().units();
                case Nothing nothing -> List.of();
            };
            List<Optional<java.time.LocalDate>> when = units.stream().map(unit -> switch (unit) {
                case ParcelFacts parcel -> switch (status) {
                    case DELIVERED, ARRIVED, PICKED_UP -> parcel.delivered();
                    // "in transit, arriving around January 8": a date by a package under way is its expected day.
                    case EXPECTED_DELIVERY, IN_TRANSIT, OUT_FOR_DELIVERY, DELAYED -> parcel.expected();
                    default -> Optional.<java.time.LocalDate>empty();
                };
                case PendingFacts item -> Optional.<java.time.LocalDate>empty();
                case NonShippingFacts item -> Optional.<java.time.LocalDate>empty();
            }).toList();
            // Every package named must have happened that day; for the order, one of its packages.
            return this instanceof Each
                    ? !when.isEmpty() && when.stream().allMatch(day -> day.filter(days::contains).isPresent())
                    : when.stream().anyMatch(day -> day.filter(days::contains).isPresent());
        }
    }

    /** Each of these packages or items, one by one; none at all is a claim about something that does not exist. */
    private record Each(List<Unit> units) implements Target {
        public Boolean holds(Claim claim) {
            return units.isEmpty() ? Boolean.FALSE : allOf(units, claim);
        }

        public List<ParcelFacts> parcels() {
            return units.stream().filter(ParcelFacts.class::isInstance).map(ParcelFacts.class::cast).toList();
        }
    }

    /** At least one of these packages ("one of the packages"). */
    private record Any(List<Unit> units) implements Target {
        public Boolean holds(Claim claim) {
            return anyOf(units, claim);
        }
    }

    /** The whole order: "in full", "everything"; denied, "not everything". */
    private record Whole(OrderFacts order) implements Target {
        public Boolean holds(Claim claim) {
            if (order.units().isEmpty()) {
                return Boolean.FALSE;
            }
            return claim.denied() ? anyOf(order.units(), claim) : allOf(order.units(), claim);
        }
    }

    /** Part of the order and not all of it: "partially delivered"; denied, some part without it. */
    private record Part(OrderFacts order) implements Target {
        public Boolean holds(Claim claim) {
            if (claim.denied()) {
                return anyOf(order.units(), claim);
            }
            return and(anyOf(order.units(), claim), anyOf(order.units(), new Claim(claim.status(), true, false)));
        }
    }

    /** The order as such: delivered only when all of it is, under way when some of it is. */
    private record WholeOrder(OrderFacts order) implements Target {
        public Boolean holds(Claim claim) {
            if (NEVER_CONFIRMED.contains(claim.status())) {
                return false;
            }
            if (claim.status() == Status.CANCELLED) {
                return order.isCancelled() != claim.denied();
            }
            // A cancelled order of which nothing left: "nothing was shipped" is true, any movement of its goods false.
            if (order.isCancelled() && order.parcels().isEmpty()) {
                return claim.denied();
            }
            if (order.units().isEmpty()) {
                return null;
            }
            // "Not delivered" is true when some of it is not; "not shipped" only when none of it is.
            boolean all = WHOLE_ORDER.contains(claim.status()) != claim.denied();
            return all ? allOf(order.units(), claim) : anyOf(order.units(), claim);
        }
    }

    /** No order to speak of: nothing can be confirmed, and no tracking given ("we can't see any tracking yet" is true). */
    private record Nothing() implements Target {
        public Boolean holds(Claim claim) {
            return claim.status() == Status.TRACKING && claim.denied() ? Boolean.TRUE : null;
        }
    }

    private List<Target> resolve(List<Ref> group, OrderFacts order, List<ParcelFacts> lastParcels) {
        if (order == null) {
            return List.of(new Nothing());
        }
        List<Target> targets = new ArrayList<>();
        boolean genericParcel = false;
        boolean orderNamed = false;
        for (Ref ref : group) {
            switch (ref.kind()) {
                case UNITS -> targets.add(new Each(ref.units()));
                case ORDINAL -> targets.add(new Each(ref.ordinal() <= order.parcels().size()
                        ? List.of(order.parcels().get(ref.ordinal() - 1)) : List.of()));
                // "both DHL boxes": with a package named, "both" counts its boxes, not the order's packages.
                case ALL_PARCELS -> {
                    if (group.stream().noneMatch(named -> named.kind() == Kind.UNITS)) {
                        targets.add(new Each(List.copyOf(order.parcels())));
                    }
                }
                case ANY_PARCEL -> targets.add(new Any(List.copyOf(order.parcels())));
                // "the other one … with USPS": the package named says which one the other is.
                case OTHER -> {
                    if (group.stream().noneMatch(named -> named.kind() == Kind.UNITS)) {
                        List<Unit> others = order.parcels().stream().filter(p -> !lastParcels.contains(p)).map(Unit.class::cast).toList();
                        // "one of your two packages … and the other one": with none of them named, the other is one of them.
                        targets.add(lastParcels.isEmpty() ? new Any(others) : new Each(others));
                    }
                }
                case REST -> targets.add(new Each(order.units().stream().filter(unit -> !(unit instanceof ParcelFacts parcel
                        && parcel.stage() == DeliveryStage.DELIVERED)).toList()));
                case ALL -> targets.add(new Whole(order));
                case PARTIAL -> targets.add(new Part(order));
                case GENERIC_PARCEL -> genericParcel = true;
                case ORDER_NAMED, ORDER_GENERIC -> orderNamed = true;
            }
        }
        if (!targets.isEmpty()) {
            return targets;
        }
        if (genericParcel) {
            if (!lastParcels.isEmpty() && lastParcels.stream().allMatch(p -> p.order() == order.number())) {
                return List.of(new Each(List.copyOf(lastParcels)));
            }
            if (!order.parcels().isEmpty()) {
                return List.of(new Each(List.copyOf(order.parcels())));
            }
        }
        return List.of(new WholeOrder(order));
    }

    /** The order named in the group, else the last one named before, else the one the customer most likely asks about. */
    private OrderFacts currentOrder(List<Ref> refs, List<Ref> group, int before) {
        Optional<Ref> named = group.stream().filter(ref -> ref.kind() == Kind.ORDER_NAMED).findFirst()
                .or(() -> refs.stream().filter(ref -> ref.kind() == Kind.ORDER_NAMED && ref.start() < before)
                        .reduce((first, second) -> second));
        if (named.isPresent()) {
            return facts.order(named.get().order());
        }
        return facts.orders().stream()
                .filter(order -> !order.isCancelled())
                .filter(order -> !order.pending().isEmpty()
                        || order.parcels().stream().anyMatch(parcel -> parcel.stage() != DeliveryStage.DELIVERED))
                .findFirst()
                .orElse(facts.orders().isEmpty() ? null : facts.orders().getFirst());
    }

    // ---- the truth of one statement for one package or item

    /** Whether the statement, as made (denied or not), is true of this package or item; null when the facts cannot tell. */
    private static Boolean holds(Unit unit, Claim claim) {
        if (claim.status() == Status.TRACKING) {
            return tracking(unit, claim);
        }
        return switch (unit) {
            // Never shipped: it may be said not to ship, never that it has not shipped *yet*, nor any status.
            case NonShippingFacts item -> claim.denied() && !claim.stillToCome();
            case ParcelFacts parcel -> byCarrier(parcel.handover()) || !CARRIER_ONLY.contains(claim.status())
                    || claim.denied() && !claim.stillToCome() ? not(truth(parcel, claim.status()), claim.denied()) : Boolean.FALSE;
            case PendingFacts item -> byCarrier(item.handover()) || !CARRIER_ONLY.contains(claim.status())
                    || claim.denied() && !claim.stillToCome() ? not(truth(item, claim.status()), claim.denied()) : Boolean.FALSE;
        };
    }

    /**
     * Tracking given or promised. A package has tracking when Shopify gives a number or a link for it; items still to
     * ship by carrier will have it, so both "we will send the tracking number" and "no tracking number yet" are true
     * of them. Pickups, local deliveries and items that never ship have none, and none is coming.
     */
    private static Boolean tracking(Unit unit, Claim claim) {
        boolean noneComing = claim.denied() && !claim.stillToCome();
        return switch (unit) {
            case ParcelFacts parcel -> parcel.tracked() ? !claim.denied() : claim.denied() && (byCarrier(parcel.handover()) || noneComing);
            case PendingFacts item -> byCarrier(item.handover()) || noneComing;
            case NonShippingFacts item -> noneComing;
        };
    }

    /** A carrier brings it (to the door or to a pickup point); an unknown method counts as one, as the analysis does. */
    private static boolean byCarrier(Handover handover) {
        return handover == Handover.CARRIER || handover == Handover.NONE;
    }

    /** What may be affirmed of a package or item; null when its status is one Shopify sent that this service does not know. */
    private static Boolean truth(Unit unit, Status status) {
        if (NEVER_CONFIRMED.contains(status)) {
            return null;
        }
        return switch (unit) {
            case ParcelFacts parcel -> parcel.statusUnknown() ? null : parcelStatuses(parcel).contains(status);
            case PendingFacts item -> pendingStatuses(item).contains(status);
            case NonShippingFacts item -> false;
        };
    }

    private static Set<Status> parcelStatuses(ParcelFacts parcel) {
        return switch (parcel.handover()) {
            case STORE_PICKUP -> switch (parcel.stage()) {
                case DELIVERED -> EnumSet.of(Status.PICKED_UP);
                case READY_FOR_PICKUP -> EnumSet.of(Status.READY_FOR_PICKUP);
                case PREPARING -> EnumSet.of(Status.PREPARING, Status.PENDING);
                default -> EnumSet.noneOf(Status.class);
            };
            case LOCAL_DELIVERY -> {
                Set<Status> statuses = carrierStatuses(parcel.stage());
                statuses.removeAll(CARRIER_ONLY);
                statuses.remove(Status.READY_FOR_PICKUP);
                yield statuses;
            }
            case CARRIER, NONE -> {
                Set<Status> statuses = carrierStatuses(parcel.stage());
                if (parcel.pickedUp()) {
                    statuses.add(Status.PICKED_UP);
                }
                yield statuses;
            }
        };
    }

    private static Set<Status> carrierStatuses(DeliveryStage stage) {
        return switch (stage) {
            case DELIVERED -> EnumSet.of(Status.DELIVERED, Status.ARRIVED, Status.SHIPPED);
            case READY_FOR_PICKUP -> EnumSet.of(Status.READY_FOR_PICKUP, Status.ARRIVED, Status.SHIPPED);
            case OUT_FOR_DELIVERY -> EnumSet.of(Status.OUT_FOR_DELIVERY, Status.IN_TRANSIT, Status.SHIPPED, Status.EXPECTED_DELIVERY);
            case IN_TRANSIT, SHIPPED -> EnumSet.of(Status.IN_TRANSIT, Status.SHIPPED, Status.EXPECTED_DELIVERY);
            case DELAYED -> EnumSet.of(Status.DELAYED, Status.IN_TRANSIT, Status.SHIPPED, Status.EXPECTED_DELIVERY);
            case PREPARING -> EnumSet.of(Status.PREPARING, Status.PENDING, Status.AWAITING_SHIPMENT, Status.EXPECTED_SHIPMENT,
                    Status.EXPECTED_DELIVERY);
            case DELIVERY_ATTEMPTED -> EnumSet.of(Status.DELIVERY_ATTEMPTED, Status.SHIPPED);
            case DELIVERY_FAILED -> EnumSet.of(Status.SHIPPED);
            case NOT_SHIPPED, UNKNOWN -> EnumSet.noneOf(Status.class);
        };
    }

    /**
     * Items not handed over yet: waiting (and being prepared, unless held or scheduled), and for a carrier "not shipped
     * yet" and "will ship". Nothing not shipped
     * has a delivery date to expect: "it will arrive on ..." is never confirmed for it. A fulfillment order that
     * cannot be completed, or is in a status this service does not know, confirms only that the items wait.
     */
    private static Set<Status> pendingStatuses(PendingFacts item) {
        Set<Status> statuses = switch (item.reason()) {
            case AWAITING_FULFILLMENT -> EnumSet.of(Status.AWAITING_SHIPMENT, Status.EXPECTED_SHIPMENT, Status.PREPARING);
            case ON_HOLD -> EnumSet.of(Status.AWAITING_SHIPMENT, Status.ON_HOLD);
            case SCHEDULED -> EnumSet.of(Status.AWAITING_SHIPMENT, Status.SCHEDULED, Status.EXPECTED_SHIPMENT);
            case INCOMPLETE, UNRECOGNISED_STATUS -> EnumSet.of(Status.AWAITING_SHIPMENT);
        };
        statuses.add(Status.PENDING);
        if (!byCarrier(item.handover())) {
            statuses.removeAll(CARRIER_ONLY);
        }
        return statuses;
    }

    private static Boolean allOf(List<Unit> units, Claim claim) {
        Boolean all = true;
        for (Unit unit : units) {
            all = and(all, holds(unit, claim));
        }
        return all;
    }

    private static Boolean anyOf(List<Unit> units, Claim claim) {
        Boolean any = false;
        for (Unit unit : units) {
            any = or(any, holds(unit, claim));
        }
        return any;
    }

    private static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }

    private static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a == null || b == null ? null : false;
    }

    private static Boolean not(Boolean value, boolean denied) {
        if (value == null || !denied) {
            return value;
        }
        return Boolean.valueOf(!value);
    }

    // ---- reading the draft

    private List<Ref> referents(String text) {
        List<Ref> found = new ArrayList<>();
        for (var named : namedUnits) {
            Matcher m = named.getKey().matcher(text);
            while (m.find()) {
                found.add(new Ref(m.start(), m.end(), Kind.UNITS, named.getValue(), 0, 0));
            }
        }
        for (var named : namedOrders) {
            Matcher m = named.getKey().matcher(text);
            while (m.find()) {
                found.add(new Ref(m.start(), m.end(), Kind.ORDER_NAMED, List.of(), named.getValue(), 0));
            }
        }
        for (var word : WORDS) {
            Matcher m = word.getValue().matcher(text);
            while (m.find()) {
                found.add(new Ref(m.start(), m.end(), word.getKey(), List.of(), 0,
                        word.getKey() == Kind.ORDINAL ? ordinal(m.group()) : 0));
            }
        }
        found.sort(Comparator.comparingInt(Ref::start).thenComparing(Comparator.comparingInt(Ref::end).reversed()));
        List<Ref> chosen = new ArrayList<>();
        int end = -1;
        for (Ref ref : found) {
            if (ref.start() >= end) {
                chosen.add(ref);
                end = ref.end();
            }
        }
        return chosen;
    }

    /** What the statement's verb takes as its object, right after it: "preparing the 2 Thread Snips", "préparons les Thread Snips". */
    private static List<Ref> directObject(String text, List<Ref> refs, Mention mention) {
        return refs.stream().filter(ref -> ref.start() >= mention.end()).findFirst()
                .filter(ref -> ref.kind() == Kind.UNITS || ref.kind() == Kind.ORDINAL)
                .filter(ref -> DETERMINERS.matcher(text.substring(mention.end(), ref.start())).matches())
                .map(List::of).orElse(List.of());
    }

    private static List<Ref> between(List<Ref> refs, int from, int to) {
        return refs.stream().filter(ref -> ref.start() >= from && ref.end() <= to).toList();
    }

    private static int ordinal(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        Matcher digit = Pattern.compile("[1-9]").matcher(p);
        if (digit.find()) {
            return Integer.parseInt(digit.group());
        }
        if (p.matches(".*(?:second|deuxième|zweite|segund).*")) {
            return 2;
        }
        if (p.matches(".*(?:third|troisième|dritte|tercer).*")) {
            return 3;
        }
        if (p.matches(".*(?:fourth|quatrième|vierte|cuart).*")) {
            return 4;
        }
        return 1;
    }

    /** Product, shop and carrier names blanked, so "Zoll" in "Laptop 15 Zoll" or a "Lost & Found" shop states nothing. */
    private String blankNames(String text) {
        String blanked = text;
        List<String> names = new ArrayList<>(facts.itemNames());
        facts.shopName().ifPresent(names::add);
        names.addAll(facts.carriers());
        for (String name : names) {
            if (!name.isBlank()) {
                blanked = CitedFacts.blank(blanked, Pattern.compile("(?iu)" + B + Pattern.quote(name) + E));
            }
        }
        return blanked;
    }

    private static List<String> significantWords(String name) {
        return Pattern.compile("\\p{L}{4,}").matcher(name).results().map(m -> m.group().toLowerCase(Locale.ROOT))
                .filter(word -> !NAME_FILLERS.contains(word)).distinct().toList();
    }

    /** Sentences end at a line break, or at . ! ? before a space, except after "e.g.", "Nr." or the "5." of "5. Januar". */
    private static List<int[]> sentences(String text) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || (c == '!' || c == '?' || c == '.') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !(c == '.' && ABBREVIATION.matcher(text.substring(Math.max(start, i - 8), i)).find()
                            && !dayThenSentence(text, i));
            if (end) {
                sentences.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length()) {
            sentences.add(new int[] {start, text.length()});
        }
        return sentences;
    }

    /** "…expected February 24. The gift card…": a day's number ends the sentence unless a month follows ("5. Januar"). */
    private static boolean dayThenSentence(String text, int dot) {
        return Character.isDigit(text.charAt(dot - 1)) && !MONTH_AFTER.matcher(text).region(dot + 1, text.length()).lookingAt();
    }

    /** Where the clauses of the sentence up to {@code at} start, the one holding {@code at} last. */
    private static List<Integer> segmentStarts(String text, int sentenceStart, int at) {
        Matcher breaks = SEGMENT_BREAK.matcher(text).region(sentenceStart, at);
        List<Integer> starts = new ArrayList<>(List.of(sentenceStart));
        while (breaks.find()) {
            starts.add(breaks.end());
        }
        return starts;
    }

    private static int segmentEnd(String text, int from, int until) {
        Matcher breaks = SEGMENT_BREAK.matcher(text).region(from, until);
        return breaks.find() ? breaks.start() : until;
    }

    /**
     * What the clause names before the statement; if nothing, what the nearest earlier clause of the sentence
     * names ("The first package, sent with UPS, was delivered"), never reaching back past the previous statement.
     */
    private static List<Ref> nearestBefore(String text, List<Ref> refs, List<Integer> segments, int lastEnd, int at) {
        int end = at;
        List<Ref> compared = new ArrayList<>();
        for (int s = segments.size() - 1; s >= 0; s--) {
            int start = Math.max(segments.get(s), lastEnd);
            if (start < end) {
                List<Ref> named = between(refs, start, end);
                // "The attachment, like your UPS package, has been delivered": the comparison says it of both; and a
                // parenthesis ("Your Ironing Board Cover (order #3190) is …") is an aside, so the subject before it counts too.
                if (!named.isEmpty() && (COMPARISON.matcher(text).region(start, end).lookingAt() || parenthetical(text, start, end))) {
                    compared.addAll(named);
                } else if (!named.isEmpty()) {
                    compared.addAll(named);
                    return compared;
                }
            }
            if (segments.get(s) <= lastEnd) {
                break;
            }
            end = segments.get(s);
        }
        return compared;
    }

    /** A clause that opened with "(" and closes with ")": an aside inside the sentence, not its subject. */
    private static boolean parenthetical(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '(' && text.substring(start, end).contains(")");
    }

    private static final Pattern COMPARISON = Pattern.compile("(?iu)\\s*(?:just |exactly )?(?:like|as with|as well as|along with"
            + "|together with|same as|(?:tout )?comme|ainsi que|(?:genau |so )?wie|ebenso wie|como|al igual que|igual que|junto con)"
            + "(?![\\p{L}\\p{N}])");

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?iu)" + B + "(?:" + alternatives + ")" + E);
    }
}

package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.adapters.ai.KnownFacts.NonShippingFacts;
import dev.gorgiasbridge.adapters.ai.KnownFacts.OrderFacts;
import dev.gorgiasbridge.adapters.ai.KnownFacts.ParcelFacts;
import dev.gorgiasbridge.adapters.ai.KnownFacts.PendingFacts;
import dev.gorgiasbridge.adapters.ai.KnownFacts.Unit;
import dev.gorgiasbridge.domain.shipment.DeliveryMethod.Handover;
import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import dev.gorgiasbridge.domain.shipment.PendingReason;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Adversarial mutants of a faithful draft, made by rule rather than by example: each mutation changes one thing
 * the draft states so that it becomes false, and whether it is false is decided here from the facts (a small
 * oracle of its own, independent of the checker), never by hand. A mutation that would happen to stay true is
 * not made. The vocabulary below is the test's own, so the checker is measured on phrasings it was not written
 * against.
 */
final class DraftMutants {

    /** The class of error a mutant carries. */
    enum Kind {
        STATUS_SWAPPED, STATUS_NEVER_TRUE, WHOLE_ORDER_CLAIM, TRACKING_PERMUTED, DATE_SHIFTED, WEEKDAY_WRONG, MONEY_PROMISED,
        CONTACT_ADDED, QUANTITY_CHANGED, LOOK_ALIKE_LETTER, UNVERIFIABLE_PROMISE
    }

    record Mutant(Kind kind, String description, String draft) {
    }

    /** What a status phrase claims, as the oracle judges it. */
    enum Claim { DELIVERED, IN_TRANSIT, NOT_SHIPPED_YET, READY_FOR_PICKUP, OUT_FOR_DELIVERY, CANCELLED, REFUNDED, ON_HOLD, LOST }

    private final String draft;
    private final String language;
    private final KnownFacts facts;
    private final List<Mutant> mutants = new ArrayList<>();

    private DraftMutants(String draft, String language, KnownFacts facts) {
        this.draft = draft;
        this.language = language;
        this.facts = facts;
    }

    /** Every mutant of one faithful draft. */
    static List<Mutant> of(String draft, String language, KnownFacts facts) {
        DraftMutants mutate = new DraftMutants(NormalisedText.of(draft), language, facts);
        mutate.statuses();
        mutate.wholeOrderClaims();
        mutate.trackingNumbers();
        mutate.dates();
        mutate.weekdays();
        mutate.added(Kind.MONEY_PROMISED, MONEY.get(language));
        mutate.added(Kind.CONTACT_ADDED, CONTACT.get(language));
        mutate.added(Kind.UNVERIFIABLE_PROMISE, facts.orders().isEmpty() ? List.of() : PROMISES.get(language));
        mutate.quantities();
        mutate.lookAlikes();
        return mutate.mutants;
    }

    // ---- statuses

    /** Affirmative status phrases the mutations find in a draft, by language; the group is the whole phrase. */
    private static final Map<String, Map<Claim, String>> FOUND = Map.of(
            "en", Map.of(
                    Claim.DELIVERED, "(?:was|were|has been|have been|has already been) delivered|(?:has |have )?(?:already )?arrived|got to you",
                    Claim.IN_TRANSIT, "(?:is|are) (?:still )?(?:on (?:its|their) way|in transit|travelling)",
                    Claim.READY_FOR_PICKUP, "(?:is|are) ready (?:for pickup|to be collected)",
                    Claim.OUT_FOR_DELIVERY, "(?:is|are) out for (?:local )?delivery"),
            "fr", Map.of(
                    Claim.DELIVERED, "(?:a|ont) (?:bien )?été livrée?s?|(?:est|sont) arrivée?s?|vous a été livrée?",
                    Claim.IN_TRANSIT, "(?:est|sont) (?:toujours )?(?:en route|en cours d'acheminement|en chemin)",
                    Claim.READY_FOR_PICKUP, "(?:est|sont) prête?s? à être retirée?s?",
                    Claim.OUT_FOR_DELIVERY, "(?:est|sont) en cours de livraison"),
            "de", Map.of(
                    Claim.DELIVERED, "zugestellt|angekommen",
                    Claim.IN_TRANSIT, "(?:ist|sind) (?:noch )?unterwegs",
                    Claim.READY_FOR_PICKUP, "zur Abholung bereit|abholbereit",
                    Claim.OUT_FOR_DELIVERY, "in (?:der )?Zustellung"),
            "es", Map.of(
                    Claim.DELIVERED, "(?:fue|ha sido) entregad[oa]|se entregó|llegó",
                    Claim.IN_TRANSIT, "(?:está|sigue) en (?:camino|tránsito)",
                    Claim.READY_FOR_PICKUP, "(?:está|ya está) list[oa] para recoger",
                    Claim.OUT_FOR_DELIVERY, "(?:está )?en reparto"));

    /** What a mutation writes instead, several ways per claim: the checker must know the family, not one phrase. */
    private static final Map<String, Map<Claim, List<String>>> WRITTEN = Map.of(
            "en", Map.of(
                    Claim.DELIVERED, List.of("has been delivered", "has landed on your doorstep", "was dropped off at your address",
                            "made it to you"),
                    Claim.IN_TRANSIT, List.of("is on its way", "is heading your way", "is currently en route to you",
                            "is moving through the carrier's network"),
                    Claim.NOT_SHIPPED_YET, List.of("has not shipped yet", "is still waiting in our warehouse"),
                    Claim.READY_FOR_PICKUP, List.of("is ready for pickup", "is waiting for you at the pickup point"),
                    Claim.OUT_FOR_DELIVERY, List.of("is out for delivery", "is with the driver for delivery today"),
                    Claim.CANCELLED, List.of("has been cancelled", "was called off"),
                    Claim.REFUNDED, List.of("has been refunded", "was refunded to your card"),
                    Claim.ON_HOLD, List.of("is on hold"),
                    Claim.LOST, List.of("was lost in transit", "has gone missing")),
            "fr", Map.of(
                    Claim.DELIVERED, List.of("a été livré", "a été déposé chez vous", "vous est parvenu"),
                    Claim.IN_TRANSIT, List.of("est en route", "est en cours d'acheminement", "est en chemin vers vous"),
                    Claim.NOT_SHIPPED_YET, List.of("n'a pas encore été expédié", "attend encore dans notre entrepôt"),
                    Claim.READY_FOR_PICKUP, List.of("est prêt à être retiré", "vous attend au point relais"),
                    Claim.OUT_FOR_DELIVERY, List.of("est en cours de livraison"),
                    Claim.CANCELLED, List.of("a été annulé"),
                    Claim.REFUNDED, List.of("a été remboursé"),
                    Claim.ON_HOLD, List.of("est en suspens"),
                    Claim.LOST, List.of("a été perdu")),
            "de", Map.of(
                    Claim.DELIVERED, List.of("zugestellt", "bei Ihnen abgegeben"),
                    Claim.IN_TRANSIT, List.of("ist unterwegs", "ist auf dem Weg zu Ihnen"),
                    Claim.NOT_SHIPPED_YET, List.of("noch nicht versandt"),
                    Claim.READY_FOR_PICKUP, List.of("zur Abholung bereit", "abholbereit"),
                    Claim.OUT_FOR_DELIVERY, List.of("in der Zustellung"),
                    Claim.CANCELLED, List.of("storniert"),
                    Claim.REFUNDED, List.of("erstattet"),
                    Claim.ON_HOLD, List.of("zurückgehalten"),
                    Claim.LOST, List.of("verloren gegangen")),
            "es", Map.of(
                    Claim.DELIVERED, List.of("fue entregado", "ya está en su domicilio", "le llegó"),
                    Claim.IN_TRANSIT, List.of("está en camino", "va de camino a su casa"),
                    Claim.NOT_SHIPPED_YET, List.of("todavía no ha sido enviado"),
                    Claim.READY_FOR_PICKUP, List.of("está listo para recoger"),
                    Claim.OUT_FOR_DELIVERY, List.of("está en reparto"),
                    Claim.CANCELLED, List.of("fue cancelado"),
                    Claim.REFUNDED, List.of("fue reembolsado"),
                    Claim.ON_HOLD, List.of("está retenido"),
                    Claim.LOST, List.of("se extravió")));

    /** A denial, a supposition or a question before a status changes what it claims: such statements are left alone. */
    private static final Pattern NOT_PLAIN = Pattern.compile("(?iu)(?<!\\p{L})(?:not|n't|never|no|yet|once|as soon as|when|if|until"
            + "|pas|jamais|encore|dès|quand|lorsqu\\p{L}*|si|nicht|noch|kein\\p{L}*|sobald|wenn|falls|ob|todavía|aún|nunca|ningún|cuando"
            + "|en cuanto|would you|could you)(?!\\p{L})|n't|\\?");

    /**
     * A status phrase replaced by one of another claim. In a sentence naming exactly one package or item, the claim
     * must be false for it; anywhere else (the order, "it", "everything"), it must be false for every package and item.
     */
    private void statuses() {
        Map<Claim, String> found = FOUND.get(language);
        Map<Claim, List<String>> written = WRITTEN.get(language);
        if (found == null || facts.orders().isEmpty()) {
            return;
        }
        for (var claimed : found.entrySet()) {
            Matcher m = Pattern.compile("(?iu)(?<!\\p{L})(?:" + claimed.getValue() + ")(?!\\p{L})").matcher(draft);
            while (m.find()) {
                int[] sentence = sentenceAround(m.start());
                if (NOT_PLAIN.matcher(draft.substring(sentence[0], m.end())).find()
                        || NOT_PLAIN.matcher(draft.substring(m.end(), Math.min(m.end() + 12, sentence[1]))).find()) {
                    continue;
                }
                List<Unit> named = unitsNamedIn(draft.substring(sentence[0], sentence[1]));
                for (var replacement : written.entrySet()) {
                    Claim claim = replacement.getKey();
                    boolean falseHere = named.size() == 1 ? !holds(named.getFirst(), claim) : neverTrue(claim);
                    if (claim == claimed.getKey() || !falseHere) {
                        continue;
                    }
                    Kind kind = named.size() == 1 ? Kind.STATUS_SWAPPED : Kind.STATUS_NEVER_TRUE;
                    for (String phrase : replacement.getValue()) {
                        add(kind, "'" + m.group() + "' -> '" + phrase + "'", splice(m.start(), m.end(), phrase));
                    }
                }
            }
        }
    }

    /** Everything, all items, the rest: said of the whole order when it is false of some part of it. */
    private void wholeOrderClaims() {
        if (facts.orders().isEmpty()) {
            return;
        }
        List<Unit> units = facts.orders().getFirst().units();
        List<Unit> notDelivered = units.stream().filter(unit -> !holds(unit, Claim.DELIVERED)).toList();
        if (!notDelivered.isEmpty()) {
            WHOLE_DELIVERED.get(language).forEach(sentence -> add(Kind.WHOLE_ORDER_CLAIM, sentence, inserted(sentence)));
        }
        if (notDelivered.stream().anyMatch(unit -> !holds(unit, Claim.IN_TRANSIT))) {
            REST_ON_ITS_WAY.get(language).forEach(sentence -> add(Kind.WHOLE_ORDER_CLAIM, sentence, inserted(sentence)));
        }
        if (units.stream().anyMatch(unit -> unit instanceof PendingFacts || unit instanceof ParcelFacts parcel
                && parcel.handover() != Handover.CARRIER)) {
            ALL_SHIPPED.get(language).forEach(sentence -> add(Kind.WHOLE_ORDER_CLAIM, sentence, inserted(sentence)));
        }
    }

    private static final Map<String, List<String>> WHOLE_DELIVERED = Map.of(
            "en", List.of("Everything in your order has now been delivered.", "All items have been delivered in full.",
                    "Your order is complete and with you."),
            "fr", List.of("Tous les articles de votre commande ont été livrés.", "Votre commande a été livrée en totalité."),
            "de", List.of("Ihre gesamte Bestellung wurde zugestellt.", "Alle Artikel sind bei Ihnen angekommen."),
            "es", List.of("Todo su pedido ha sido entregado.", "Todos los artículos le fueron entregados."));
    private static final Map<String, List<String>> REST_ON_ITS_WAY = Map.of(
            "en", List.of("The rest of your order is on its way.", "Everything else is already in transit."),
            "fr", List.of("Le reste de votre commande est en route."),
            "de", List.of("Der Rest Ihrer Bestellung ist unterwegs."),
            "es", List.of("El resto de su pedido está en camino."));
    private static final Map<String, List<String>> ALL_SHIPPED = Map.of(
            "en", List.of("All items have now shipped.", "Every item in your order has been sent out."),
            "fr", List.of("Tous les articles ont été expédiés."),
            "de", List.of("Alle Artikel wurden versandt."),
            "es", List.of("Todos los artículos han sido enviados."));

    /** The oracle: whether a claim is true of one package or item, from its stage and how it is handed over. */
    static boolean holds(Unit unit, Claim claim) {
        return switch (unit) {
            case ParcelFacts parcel -> !parcel.statusUnknown() && switch (claim) {
                case DELIVERED -> parcel.stage() == DeliveryStage.DELIVERED && parcel.handover() != Handover.STORE_PICKUP;
                case IN_TRANSIT -> Set.of(DeliveryStage.IN_TRANSIT, DeliveryStage.SHIPPED, DeliveryStage.OUT_FOR_DELIVERY,
                        DeliveryStage.DELAYED).contains(parcel.stage()) && parcel.handover() != Handover.STORE_PICKUP;
                case OUT_FOR_DELIVERY -> parcel.stage() == DeliveryStage.OUT_FOR_DELIVERY;
                case READY_FOR_PICKUP -> parcel.stage() == DeliveryStage.READY_FOR_PICKUP;
                case NOT_SHIPPED_YET, CANCELLED, REFUNDED, ON_HOLD, LOST -> false;
            };
            case PendingFacts item -> switch (claim) {
                case NOT_SHIPPED_YET -> item.handover() == Handover.CARRIER || item.handover() == Handover.NONE;
                case ON_HOLD -> item.reason() == PendingReason.ON_HOLD;
                default -> false;
            };
            case NonShippingFacts item -> false;
        };
    }

    private boolean neverTrue(Claim claim) {
        return facts.orders().stream().flatMap(order -> java.util.stream.Stream.concat(order.units().stream(),
                order.nonShipping().stream())).noneMatch(unit -> holds(unit, claim));
    }

    /** The packages and items a sentence names by carrier, tracking number or item name. */
    private List<Unit> unitsNamedIn(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        String compact = sentence.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
        List<Unit> named = new ArrayList<>();
        for (OrderFacts order : facts.orders()) {
            for (ParcelFacts parcel : order.parcels()) {
                boolean byCarrier = parcel.carriers().stream().anyMatch(carrier -> Pattern.compile("(?iu)(?<!\\p{L})"
                        + Pattern.quote(carrier) + "(?!\\p{L})").matcher(sentence).find()
                        && facts.parcels().stream().filter(p -> p.carriers().contains(carrier)).count() == 1);
                boolean byNumber = parcel.trackingNumbers().stream().anyMatch(number -> compact.contains(number.toUpperCase(Locale.ROOT)));
                boolean byContents = parcel.contents().stream().anyMatch(name -> lower.contains(firstWord(name)));
                if (byCarrier || byNumber || byContents) {
                    named.add(parcel);
                }
            }
            for (PendingFacts item : order.pending()) {
                if (lower.contains(firstWord(item.name()))) {
                    named.add(item);
                }
            }
            for (NonShippingFacts item : order.nonShipping()) {
                if (lower.contains(firstWord(item.name()))) {
                    named.add(item);
                }
            }
        }
        // "the other one", "both", "the rest", "everything": a sentence about more than it names.
        if (Pattern.compile("(?iu)(?<!\\p{L})(?:other|both|rest|everything|all|autre|deux|reste|tout|tous|andere|beide|rest|alle"
                + "|otro|ambos|resto|todo|todos)(?!\\p{L})").matcher(sentence).find()) {
            return List.of();
        }
        return named.stream().distinct().toList();
    }

    private static String firstWord(String name) {
        return Pattern.compile("\\p{L}{4,}").matcher(name).results().map(r -> r.group().toLowerCase(Locale.ROOT))
                .filter(word -> !Set.of("with", "card", "gift").contains(word)).findFirst().orElse(name.toLowerCase(Locale.ROOT));
    }

    // ---- tracking numbers

    /** A known tracking number written in the draft, replaced by the same digits permuted, written six ways. */
    private void trackingNumbers() {
        for (String number : facts.trackingNumbers()) {
            Matcher m = CitedFacts.spacedAnyhow(number).matcher(draft);
            if (!m.find()) {
                continue;
            }
            String permuted = permuted(number);
            if (facts.trackingNumbers().contains(permuted)) {
                continue;
            }
            for (var writing : WRITINGS.entrySet()) {
                String written = writing.getValue().apply(permuted);
                add(Kind.TRACKING_PERMUTED, number + " -> " + writing.getKey(), splice(m.start(), m.end(), written));
            }
        }
    }

    private static final Map<String, java.util.function.UnaryOperator<String>> WRITINGS = Map.of(
            "plain", n -> n,
            "dashes", n -> grouped(n, "-"),
            "dots", n -> grouped(n, "."),
            "spaces", n -> grouped(n, " "),
            "zero-width", n -> n.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("\u200B")),
            "full-width", n -> n.chars().mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) (c - '0' + '０'))
                    : String.valueOf((char) c)).collect(Collectors.joining()));

    private static String grouped(String number, String separator) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < number.length(); i += 4) {
            groups.add(number.substring(i, Math.min(number.length(), i + 4)));
        }
        return String.join(separator, groups);
    }

    /** Two different digits near the middle swapped: the same digits, another number. */
    private static String permuted(String number) {
        char[] chars = number.toCharArray();
        for (int i = chars.length / 2; i + 1 < chars.length; i++) {
            if (Character.isDigit(chars[i]) && Character.isDigit(chars[i + 1]) && chars[i] != chars[i + 1]) {
                char c = chars[i];
                chars[i] = chars[i + 1];
                chars[i + 1] = c;
                return new String(chars);
            }
        }
        return number;
    }

    // ---- dates

    private static final Map<String, List<String>> MONTHS = Map.of(
            "en", List.of("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December"),
            "fr", List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre"),
            "de", List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                    "November", "Dezember"),
            "es", List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                    "noviembre", "diciembre"));
    private static final Map<String, List<String>> WEEKDAYS = Map.of(
            "en", List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
            "fr", List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
            "de", List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
            "es", List.of("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"));

    /** A date of the draft, where it stands and which day it means. */
    private record Dated(int start, int end, int dayStart, int dayEnd, LocalDate day) {
    }

    private List<Dated> datesIn() {
        List<Dated> found = new ArrayList<>();
        List<String> months = MONTHS.get(language);
        int year = facts.dates().stream().findFirst().map(LocalDate::getYear).orElse(2026);
        String monthAlternatives = String.join("|", months);
        Pattern pattern = switch (language) {
            case "en" -> Pattern.compile("(?<month>" + monthAlternatives + ") (?<day>\\d{1,2})(?!\\d)");
            case "fr" -> Pattern.compile("(?<!\\d)(?<day>\\d{1,2}) (?<month>" + monthAlternatives + ")");
            case "de" -> Pattern.compile("(?<!\\d)(?<day>\\d{1,2})\\. (?<month>" + monthAlternatives + ")");
            default -> Pattern.compile("(?<!\\d)(?<day>\\d{1,2}) de (?<month>" + monthAlternatives + ")");
        };
        Matcher m = pattern.matcher(draft);
        while (m.find()) {
            int month = months.indexOf(m.group("month")) + 1;
            int day = Integer.parseInt(m.group("day"));
            if (day >= 1 && day <= 28) {
                found.add(new Dated(m.start(), m.end(), m.start("day"), m.end("day"), LocalDate.of(year, month, day)));
            }
        }
        Matcher numeric = Pattern.compile("(?<!\\d)(\\d{2})\\.(\\d{2})\\.(\\d{4})(?!\\d)").matcher(draft);
        while (numeric.find() && language.equals("de")) {
            found.add(new Dated(numeric.start(), numeric.end(), numeric.start(1), numeric.end(1), LocalDate.of(
                    Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)), Integer.parseInt(numeric.group(1)))));
        }
        return found;
    }

    /** A date moved one day either way, when the new day is not one the facts name. */
    private void dates() {
        for (Dated dated : datesIn()) {
            for (int shift : new int[] {-1, 1}) {
                LocalDate moved = dated.day().plusDays(shift);
                if (facts.dates().contains(moved)) {
                    continue;
                }
                String day = draft.substring(dated.dayStart(), dated.dayEnd());
                String written = (day.length() == 2 ? "%02d" : "%d").formatted(moved.getDayOfMonth());
                add(Kind.DATE_SHIFTED, dated.day() + " -> " + moved, splice(dated.dayStart(), dated.dayEnd(), written));
            }
        }
    }

    /** A week day replaced by another one no fact falls on, or a wrong week day put before a date. */
    private void weekdays() {
        List<String> names = WEEKDAYS.get(language);
        Set<DayOfWeek> factDays = facts.dates().stream().map(LocalDate::getDayOfWeek).collect(Collectors.toSet());
        for (int d = 0; d < 7; d++) {
            Matcher m = Pattern.compile("(?iu)(?<!\\p{L})" + names.get(d) + "(?!\\p{L})").matcher(draft);
            if (m.find()) {
                for (int other = 1; other < 7; other++) {
                    DayOfWeek replacement = DayOfWeek.of(1 + (d + other) % 7);
                    if (!factDays.contains(replacement)) {
                        add(Kind.WEEKDAY_WRONG, names.get(d) + " -> " + replacement, splice(m.start(), m.end(),
                                names.get(replacement.getValue() - 1)));
                        break;
                    }
                }
            }
        }
        for (Dated dated : datesIn()) {
            String wrong = names.get(dated.day().getDayOfWeek().plus(1).getValue() - 1);
            String prefix = switch (language) {
                case "en", "de" -> wrong + ", ";
                default -> wrong + " ";
            };
            add(Kind.WEEKDAY_WRONG, "wrong week day before " + dated.day(), splice(dated.start(), dated.start(), prefix));
        }
    }

    // ---- added sentences

    private static final Map<String, List<String>> MONEY = Map.of(
            "en", List.of("As a thank-you for your patience, we'll refund your shipping costs.", "We have credited $15 to your account.",
                    "We'll knock 20% off your next order.", "We'll send you a replacement free of charge.",
                    "We'll make it up to you with store credit.", "We're reimbursing you for the delay."),
            "fr", List.of("Nous vous rembourserons les frais de port.", "Nous vous offrons un bon d'achat de 10 €.",
                    "Nous vous accorderons une remise de 15 % sur votre prochaine commande.", "Nous créditerons votre compte en compensation."),
            "de", List.of("Wir erstatten Ihnen die Versandkosten.", "Als Entschädigung erhalten Sie einen Rabatt von 15 %.",
                    "Wir schreiben Ihrem Kundenkonto 10 € gut.", "Wir schicken Ihnen kostenlos einen Ersatz."),
            "es", List.of("Le reembolsaremos los gastos de envío.", "Le ofrecemos un descuento del 15 % en su próximo pedido.",
                    "Le abonaremos 10 € en su cuenta.", "Le devolveremos el dinero por las molestias."));
    private static final Map<String, List<String>> CONTACT = Map.of(
            "en", List.of("You can also reach us on +1 415 555 0199.", "Write to us at help@lindas-sewing-support.com.",
                    "Live updates: lindas-sewing-track.com/1042", "Check https://parcel-status.net/track for details.",
                    "More at lindassewing.shop."),
            "fr", List.of("Vous pouvez aussi nous appeler au +33 6 12 34 56 78.", "Écrivez-nous à aide@lindas-sewing-support.com.",
                    "Suivi en direct : lindas-sewing-suivi.fr/colis"),
            "de", List.of("Rufen Sie uns gern an: 030 1234 5678.", "Schreiben Sie an hilfe@lindas-sewing-support.de.",
                    "Live-Verfolgung: paket-status.de/verfolgen"),
            "es", List.of("También puede llamarnos al +34 612 345 678.", "Escríbanos a ayuda@lindas-sewing-support.com.",
                    "Seguimiento en vivo: estado-paquete.es/pedido"));
    /** Promises of a time or of arrival the facts never give (principle: anything unverifiable counts as a failure). */
    private static final Map<String, List<String>> PROMISES = Map.of(
            "en", List.of("You'll get it by Friday.", "It should be with you in two or three days.", "Expect it early next week.",
                    "You will have everything within a week.", "It will be with you shortly.",
                    "Your parcel will land in your mailbox in the coming days."),
            "fr", List.of("Vous le recevrez d'ici vendredi.", "Il devrait vous parvenir dans deux ou trois jours.",
                    "Comptez une semaine au plus.", "Vous l'aurez très bientôt."),
            "de", List.of("Sie bekommen es bis Freitag.", "Es sollte in zwei bis drei Tagen bei Ihnen sein.",
                    "Rechnen Sie Anfang nächster Woche damit.", "Sie haben es in Kürze."),
            "es", List.of("Lo recibirá el viernes.", "Debería llegarle en dos o tres días.", "Cuente con tenerlo la próxima semana.",
                    "Lo tendrá muy pronto."));

    private void added(Kind kind, List<String> sentences) {
        if (sentences != null) {
            sentences.forEach(sentence -> add(kind, sentence, inserted(sentence)));
        }
    }

    /** The draft with a sentence put before its last line (the sign-off), or at its end. */
    private String inserted(String sentence) {
        int lastLine = draft.stripTrailing().lastIndexOf('\n');
        return lastLine < 0 ? draft.stripTrailing() + " " + sentence : splice(lastLine, lastLine, "\n" + sentence);
    }

    // ---- quantities

    private static final Map<String, List<String>> COUNT_WORDS = Map.of(
            "en", List.of("zero", "one", "two", "three", "four", "five"),
            "fr", List.of("zéro", "un", "deux", "trois", "quatre", "cinq"),
            "de", List.of("null", "ein", "zwei", "drei", "vier", "fünf"),
            "es", List.of("cero", "un", "dos", "tres", "cuatro", "cinco"));

    /** A count before an item's name, or "(x2)" after it, changed to one the item never comes in. */
    private void quantities() {
        List<String> words = COUNT_WORDS.get(language);
        String counts = "\\d|" + String.join("|", words.subList(2, words.size()));
        for (String name : facts.itemNames()) {
            String word = Pattern.quote(firstWord(name));
            Set<Integer> known = facts.quantitiesOf(name);
            Matcher before = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + counts + ")(?: x)? (?:\\p{L}+ ){0,2}?" + word).matcher(draft);
            Matcher after = Pattern.compile("(?iu)" + word + "[\\p{L}\\p{N} ]{0,20}\\(x?(\\d)\\)").matcher(draft);
            for (Matcher m : List.of(before, after)) {
                while (m.find()) {
                    String count = m.group(1);
                    boolean digit = Character.isDigit(count.charAt(0));
                    int value = digit ? Integer.parseInt(count) : words.indexOf(count.toLowerCase(Locale.ROOT));
                    int changed = value + 1;
                    if (value < 0 || known.contains(changed) || changed >= words.size()) {
                        continue;
                    }
                    String written = digit ? String.valueOf(changed) : matchCase(count, words.get(changed));
                    add(Kind.QUANTITY_CHANGED, name + ": " + count + " -> " + written, splice(m.start(1), m.end(1), written));
                }
            }
        }
    }

    private static String matchCase(String like, String word) {
        return Character.isUpperCase(like.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }

    // ---- look-alike letters

    /** Cyrillic and Greek letters drawn like Latin ones, put into the key word of another mutant. */
    private static final Map<Character, Character> LOOK_ALIKE = Map.of('e', 'е', 'a', 'а', 'o', 'ο', 'c', 'с', 'p', 'р', 'i', 'і');

    private void lookAlikes() {
        Predicate<Mutant> keyWorded = mutant -> mutant.kind() == Kind.MONEY_PROMISED || mutant.kind() == Kind.STATUS_NEVER_TRUE
                || mutant.kind() == Kind.STATUS_SWAPPED || mutant.kind() == Kind.WHOLE_ORDER_CLAIM;
        for (Mutant mutant : List.copyOf(mutants)) {
            if (!keyWorded.test(mutant)) {
                continue;
            }
            int at = firstDifference(draft, mutant.draft());
            Matcher word = Pattern.compile("\\p{L}{5,}").matcher(mutant.draft()).region(at, mutant.draft().length());
            while (word.find()) {
                String w = word.group();
                int letter = -1;
                for (int i = 1; i < w.length() && letter < 0; i++) {
                    if (LOOK_ALIKE.containsKey(w.charAt(i))) {
                        letter = i;
                    }
                }
                if (letter > 0) {
                    int index = word.start() + letter;
                    String disguised = mutant.draft().substring(0, index) + LOOK_ALIKE.get(w.charAt(letter))
                            + mutant.draft().substring(index + 1);
                    mutants.add(new Mutant(Kind.LOOK_ALIKE_LETTER, mutant.kind() + " " + mutant.description() + " ('" + w + "')",
                            disguised));
                    break;
                }
            }
        }
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    // ---- helpers

    private void add(Kind kind, String description, String mutated) {
        if (!mutated.equals(draft)) {
            mutants.add(new Mutant(kind, description, mutated));
        }
    }

    private String splice(int start, int end, String replacement) {
        return draft.substring(0, start) + replacement + draft.substring(end);
    }

    private int[] sentenceAround(int at) {
        int start = at;
        while (start > 0 && !isEnd(start - 1)) {
            start--;
        }
        int end = at;
        while (end < draft.length() && !isEnd(end)) {
            end++;
        }
        return new int[] {start, Math.min(draft.length(), end + 1)};
    }

    private boolean isEnd(int i) {
        char c = draft.charAt(i);
        return c == '\n' || (c == '.' || c == '!' || c == '?' || c == ';' || c == ':')
                && (i + 1 == draft.length() || Character.isWhitespace(draft.charAt(i + 1)));
    }
}

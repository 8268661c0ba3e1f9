package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The template's German: Sie-Form, "Paket" (neuter) as the only subject that agrees with anything. The first
 * sentence after "Hallo Maria," starts in lower case, as German letters do after a salutation with a comma.
 */
final class German implements Wording {
    static final German WORDING = new German();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.GERMAN);

    private German() {
    }

    @Override
    public String day(LocalDate date) {
        return DAY.format(date);
    }

    @Override
    public String and(List<String> parts) {
        return Phrasing.list(parts, "und");
    }

    @Override
    public String or(List<String> parts) {
        return Phrasing.list(parts, "oder");
    }

    @Override
    public String andMore(List<String> named, int more) {
        return String.join(", ", named) + " und " + more + (more == 1 ? " weiterer Artikel" : " weitere Artikel");
    }

    @Override
    public String greeting(Optional<String> firstName) {
        return firstName.map(name -> "Hallo " + name + ",").orElse("Guten Tag,");
    }

    @Override
    public String signOff(Optional<String> shopName) {
        // No comma after the closing formula in German letters.
        return "Mit freundlichen Grüßen\n" + shopName.map(shop -> "Ihr Team von " + shop).orElse("Ihr Kundenservice");
    }

    @Override
    public String noOrdersFound() {
        return "vielen Dank für Ihre Nachricht. Leider konnte ich zu Ihren Kontaktdaten keine Bestellung finden."
                + " Könnten Sie mir Ihre Bestellnummer schicken? Sie finden sie in Ihrer Bestellbestätigung per E-Mail,"
                + " und ich kümmere mich sofort darum.";
    }

    @Override
    public String customerUnknown() {
        return "vielen Dank für Ihre Nachricht. Könnten Sie mir Ihre Bestellnummer und die E-Mail-Adresse schicken,"
                + " mit der Sie bestellt haben? Ich sehe mir das an und melde mich in Kürze bei Ihnen.";
    }

    @Override
    public String lookupUnavailable() {
        return "vielen Dank für Ihre Nachricht zu Ihrer Bestellung. Ich sehe gerade nach und melde mich in Kürze"
                + " mit Neuigkeiten bei Ihnen.";
    }

    @Override
    public String otherOrders(String orderNames) {
        return "Falls sich Ihre Frage auf eine andere Bestellung bezieht (" + orderNames + "), geben Sie mir einfach"
                + " Bescheid.";
    }

    @Override
    public String intro(String orderName) {
        return "vielen Dank für Ihre Nachricht zu Ihrer Bestellung " + orderName + ".";
    }

    @Override
    public String cancelled(LocalDate on) {
        return "Die Bestellung wurde am " + day(on) + " storniert, daher wird daraus nichts mehr versandt. Falls das"
                + " für Sie unerwartet ist, antworten Sie einfach auf diese Nachricht – wir sehen uns das gerne an.";
    }

    @Override
    public String nothingToShip() {
        return "Ich sehe darin keine Artikel, die noch versandt werden müssen.";
    }

    @Override
    public String noShippingNeeded(String items) {
        return "Für diese Bestellung ist kein Versand nötig (" + items + ").";
    }

    @Override
    public String notShippedYet() {
        return "Die Bestellung wurde noch nicht versandt.";
    }

    @Override
    public String trackingPromise() {
        return "Sobald sie unterwegs ist, schicken wir Ihnen die Sendungsdaten.";
    }

    @Override
    public String sentInParts() {
        return "Die Bestellung kommt in mehreren Teilen bei Ihnen an:";
    }

    @Override
    public String restToConfirm() {
        return "Das ist möglicherweise nicht Ihre ganze Bestellung: Unser Team prüft den Rest und bestätigt ihn Ihnen.";
    }

    @Override
    public String morePackages(int more) {
        return "Zu dieser Bestellung " + (more == 1 ? "gehört noch ein weiteres Paket" : "gehören noch " + more
                + " weitere Pakete") + "; die Details dazu schicke ich Ihnen gerne ebenfalls.";
    }

    @Override
    public String carrierPackage(DeliveryStage stage, PackageName name, Optional<String> carrier,
                                 Optional<LocalDate> deliveredOn, List<String> numbers) {
        String subject = subject(name);
        String it = object(name);
        String withCarrier = carrier.map(c -> " mit " + c).orElse("");
        String atCarrier = carrier.map(c -> " bei " + c).orElse("");
        String carrierOrThe = carrier.orElse("Der Versanddienstleister");
        return switch (stage) {
            case DELIVERED -> subject + " wurde" + deliveredOn.map(at -> " am " + day(at)).orElse("") + " zugestellt"
                    + reference(carrier, numbers) + ".";
            case NOT_SHIPPED -> subject + " wurde noch nicht versandt.";
            case READY_FOR_PICKUP -> subject + " liegt" + atCarrier + " zur Abholung bereit.";
            case OUT_FOR_DELIVERY -> subject + " ist" + atCarrier + " in der Zustellung.";
            case IN_TRANSIT, SHIPPED -> subject + " ist" + withCarrier + " unterwegs.";
            case DELAYED -> subject + " ist" + withCarrier + " unterwegs, allerdings meldet der Versanddienstleister"
                    + " eine Verzögerung.";
            case PREPARING -> subject + " wird gerade für den Versand vorbereitet.";
            case DELIVERY_ATTEMPTED -> carrierOrThe + " hat versucht, " + it + " zuzustellen, leider ohne Erfolg."
                    + " In der Regel folgt ein weiterer Zustellversuch.";
            case DELIVERY_FAILED -> carrierOrThe + " konnte " + it + " nicht zustellen. Wir kümmern uns darum und"
                    + " melden uns in Kürze bei Ihnen.";
            case UNKNOWN -> "Wir erkundigen uns gerade" + atCarrier + ", wo sich " + it + " befindet.";
        };
    }

    private static String subject(PackageName name) {
        return name.only() ? "Ihr Paket" : name.contents().map(c -> "Das Paket mit " + c).orElse("Ein Paket");
    }

    /** "Ihr" stays capitalised: it is the polite form, not the start of the sentence. */
    private static String object(PackageName name) {
        return name.only() ? "Ihr Paket" : name.contents().map(c -> "das Paket mit " + c).orElse("ein Paket");
    }

    private String reference(Optional<String> carrier, List<String> numbers) {
        String tracking = numbers.isEmpty() ? "" : (numbers.size() == 1 ? "Sendungsnummer " : "Sendungsnummern ") + and(numbers);
        String both = carrier.map(c -> tracking.isEmpty() ? c : c + ", " + tracking).orElse(tracking);
        return both.isEmpty() ? "" : " (" + both + ")";
    }

    @Override
    public String following(List<String> numbers, Optional<LocalDate> estimate, List<String> links) {
        return (numbers.isEmpty() ? "" : numbers.size() == 1 ? " Die Sendungsnummer lautet " + numbers.getFirst() + "."
                : " Die Sendungsnummern lauten " + and(numbers) + ".")
                + estimate.map(at -> " Voraussichtlich trifft es um den " + day(at) + " bei Ihnen ein.").orElse("")
                + (links.isEmpty() ? "" : " Hier können Sie die Sendung verfolgen: " + String.join(" und ", links));
    }

    @Override
    public String storePickup(HandoverState state, Optional<String> contents, Optional<LocalDate> on) {
        String what = contents.orElse("Ihre Bestellung");
        return switch (state) {
            case READY_FOR_PICKUP -> contents.map(c -> "Sie können " + c + " ab sofort abholen.")
                    .orElse("Ihre Bestellung liegt zur Abholung bereit.");
            case DONE -> "Sie haben " + what + on.map(at -> " am " + day(at)).orElse(" bereits") + " abgeholt.";
            case PREPARING, UNDER_WAY -> "Wir bereiten " + what + " zur Abholung vor und geben Ihnen Bescheid, sobald"
                    + " alles bereitliegt.";
            case PROBLEM, CHECKING -> "Wir prüfen gerade den Stand der Abholung und melden uns in Kürze bei Ihnen.";
        };
    }

    @Override
    public String localDelivery(HandoverState state, Optional<String> contents, Optional<LocalDate> on) {
        String delivery = contents.map(c -> "Die Lieferung von " + c).orElse("Die Lieferung Ihrer Bestellung");
        String what = contents.orElse("Ihre Bestellung");
        return switch (state) {
            case DONE -> delivery + " ist" + on.map(at -> " am " + day(at)).orElse("") + " erfolgt.";
            case UNDER_WAY -> delivery + " ist unterwegs.";
            case PREPARING, READY_FOR_PICKUP -> "Wir bereiten " + what + " für die Lieferung vor und geben Ihnen"
                    + " Bescheid, sobald die Lieferung unterwegs ist.";
            case PROBLEM, CHECKING -> "Wir prüfen gerade den Stand der Lieferung und melden uns in Kürze bei Ihnen.";
        };
    }

    @Override
    public String pending(PendingGroup group, String items, boolean plural) {
        return switch (group) {
            case AWAITING_SHIPMENT -> "Wir haben " + items + " noch nicht versandt; Sie erhalten die Sendungsdaten,"
                    + " sobald der Versand erfolgt ist.";
            case ON_HOLD -> "Der Versand von " + items + " ist derzeit angehalten. Wir kümmern uns darum und halten"
                    + " Sie auf dem Laufenden.";
            case SCHEDULED -> "Der Versand von " + items + " ist für einen späteren Zeitpunkt geplant; Sie erhalten"
                    + " die Sendungsdaten, sobald der Versand erfolgt ist.";
            case CHECKING -> "Wir prüfen gerade den Stand von " + items + " und melden uns in Kürze bei Ihnen.";
            case PREPARING_FOR_PICKUP -> "Wir bereiten " + items + " zur Abholung vor und geben Ihnen Bescheid,"
                    + " sobald alles bereitliegt.";
            case PREPARING_FOR_LOCAL_DELIVERY -> "Wir bereiten " + items + " für die Lieferung vor und geben Ihnen"
                    + " Bescheid, sobald die Lieferung unterwegs ist.";
        };
    }

    @Override
    public String late(LocalDate expected) {
        return " Es sollte um den " + day(expected) + " bei Ihnen eintreffen und ist verspätet; wir fragen beim"
                + " Versanddienstleister nach und melden uns in Kürze bei Ihnen.";
    }

    @Override
    public String namedOrderNotFound(String orderNumber) {
        return "Vielen Dank für Ihre Nachricht zur Bestellung " + orderNumber + ". Ich finde sie nicht unter den"
                + " Bestellungen zu Ihren Kontaktdaten. Könnten Sie die Bestellnummer prüfen und mir die E-Mail-Adresse"
                + " nennen, mit der Sie bestellt haben? Ich kümmere mich sofort darum.";
    }

    @Override
    public String notSentYet(String items) {
        return "Wir haben Ihnen " + items + " noch nicht zugestellt; wir prüfen das und melden uns in Kürze bei Ihnen.";
    }

    @Override
    public String anotherOrder() {
        return "Falls Ihre Frage eine andere Bestellung betrifft, nennen Sie mir einfach deren Bestellnummer, dann"
                + " kümmere ich mich darum.";
    }
}

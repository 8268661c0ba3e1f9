package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The template's French: vouvoiement, « colis » (masculine) as the only subject that agrees with anything. */
final class French implements Wording {
    static final French WORDING = new French();
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);

    private French() {
    }

    /** "8 janvier 2026", and "1er janvier 2026" for the first of the month, as French writes it. */
    @Override
    public String day(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + MONTH_YEAR.format(date);
    }

    @Override
    public String and(List<String> parts) {
        return Phrasing.list(parts, "et");
    }

    @Override
    public String or(List<String> parts) {
        return Phrasing.list(parts, "ou");
    }

    @Override
    public String andMore(List<String> named, int more) {
        return String.join(", ", named) + " et " + more + (more == 1 ? " autre article" : " autres articles");
    }

    /** "de X", elided to "d'X" before a vowel, as « l'envoi d'Aiguilles ». */
    static String of(String noun) {
        return !noun.isEmpty() && "aeiouyàâäéèêëîïôöùûüAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ".indexOf(noun.charAt(0)) >= 0
                ? "d'" + noun : "de " + noun;
    }

    @Override
    public String greeting(Optional<String> firstName) {
        return "Bonjour" + firstName.map(name -> " " + name).orElse("") + ",";
    }

    @Override
    public String signOff(Optional<String> shopName) {
        return "Cordialement,\n" + shopName.map(shop -> "L'équipe " + shop).orElse("L'équipe du service client");
    }

    @Override
    public String noOrdersFound() {
        return "Merci pour votre message. Je n'ai trouvé aucune commande associée à vos coordonnées. Pourriez-vous"
                + " m'indiquer votre numéro de commande ? Vous le trouverez dans l'e-mail de confirmation de votre"
                + " commande, et je m'en occupe aussitôt.";
    }

    @Override
    public String customerUnknown() {
        return "Merci pour votre message. Pourriez-vous m'indiquer votre numéro de commande ainsi que l'adresse e-mail"
                + " utilisée pour la passer ? Je m'en occupe et reviens vers vous rapidement.";
    }

    @Override
    public String lookupUnavailable() {
        return "Merci pour votre message concernant votre commande. Je vérifie cela dès maintenant et reviens vers"
                + " vous rapidement.";
    }

    @Override
    public String otherOrders(String orderNames) {
        return "Si votre question concerne une autre commande (" + orderNames + "), n'hésitez pas à me le dire.";
    }

    @Override
    public String intro(String orderName) {
        return "Merci pour votre message concernant votre commande " + orderName + ".";
    }

    @Override
    public String cancelled(LocalDate on) {
        return "Elle a été annulée le " + day(on) + " ; plus aucun article ne sera donc expédié. Si cette annulation"
                + " vous surprend, répondez simplement à ce message et nous examinerons la situation.";
    }

    @Override
    public String nothingToShip() {
        return "Je ne vois aucun article de cette commande qui reste à expédier.";
    }

    @Override
    public String noShippingNeeded(String items) {
        return "Cette commande ne nécessite aucune expédition (" + items + ").";
    }

    @Override
    public String notShippedYet() {
        return "Elle n'a pas encore été expédiée.";
    }

    @Override
    public String trackingPromise() {
        return "Nous vous enverrons les informations de suivi dès son expédition.";
    }

    @Override
    public String sentInParts() {
        return "Elle vous parvient en plusieurs fois :";
    }

    @Override
    public String restToConfirm() {
        return "Ce n'est peut-être pas toute votre commande : notre équipe vérifie le reste et vous le confirmera.";
    }

    @Override
    public String morePackages(int more) {
        return (more == 1 ? "Un autre colis fait" : more + " autres colis font") + " partie de cette commande ;"
                + " je peux volontiers vous en communiquer les détails.";
    }

    @Override
    public String carrierPackage(DeliveryStage stage, PackageName name, Optional<String> carrier,
                                 Optional<LocalDate> deliveredOn, List<String> numbers) {
        String subject = subject(name);
        String it = object(name);
        // « par UPS », « (transporteur : UPS) »: no article or elision depends on the carrier's name.
        String byCarrier = carrier.map(c -> " par " + c).orElse("");
        String carrierNamed = carrier.map(c -> " (transporteur : " + c + ")").orElse("");
        String carrierOrThe = carrier.orElse("Le transporteur");
        return switch (stage) {
            case DELIVERED -> subject + " a été livré" + deliveredOn.map(at -> " le " + day(at)).orElse("")
                    + reference(carrier, numbers) + ".";
            case NOT_SHIPPED -> subject + " n'a pas encore été expédié.";
            case READY_FOR_PICKUP -> subject + " vous attend en point de retrait" + carrierNamed + ".";
            case OUT_FOR_DELIVERY -> subject + " est en cours de livraison" + byCarrier + ".";
            case IN_TRANSIT, SHIPPED -> subject + " est en cours d'acheminement" + byCarrier + ".";
            case DELAYED -> subject + " est en cours d'acheminement" + byCarrier
                    + ", mais le transporteur signale un retard.";
            case PREPARING -> subject + " est en cours de préparation pour l'expédition.";
            case DELIVERY_ATTEMPTED -> carrierOrThe + " a tenté de livrer " + it + ", sans succès. Une nouvelle"
                    + " tentative de livraison a généralement lieu.";
            case DELIVERY_FAILED -> carrierOrThe + " n'a pas pu livrer " + it + ". Nous nous en occupons et revenons"
                    + " vers vous très rapidement.";
            case UNKNOWN -> "Nous vérifions où en est " + it + carrierNamed + ".";
        };
    }

    private static String subject(PackageName name) {
        return name.only() ? "Votre colis" : name.contents().map(c -> "Le colis contenant " + c).orElse("Un colis");
    }

    private static String object(PackageName name) {
        return name.only() ? "votre colis" : name.contents().map(c -> "le colis contenant " + c).orElse("un colis");
    }

    private String reference(Optional<String> carrier, List<String> numbers) {
        String tracking = numbers.isEmpty() ? "" : (numbers.size() == 1 ? "numéro de suivi " : "numéros de suivi ") + and(numbers);
        String both = carrier.map(c -> tracking.isEmpty() ? c : c + ", " + tracking).orElse(tracking);
        return both.isEmpty() ? "" : " (" + both + ")";
    }

    @Override
    public String following(List<String> numbers, Optional<LocalDate> estimate, List<String> links) {
        return (numbers.isEmpty() ? "" : numbers.size() == 1 ? " Le numéro de suivi est " + numbers.getFirst() + "."
                : " Les numéros de suivi sont " + and(numbers) + ".")
                + estimate.map(at -> " La livraison est prévue aux alentours du " + day(at) + ".").orElse("")
                + (links.isEmpty() ? "" : " Vous pouvez le suivre ici : " + String.join(" et ", links));
    }

    @Override
    public String storePickup(HandoverState state, Optional<String> contents, Optional<LocalDate> on) {
        String what = contents.orElse("votre commande");
        return switch (state) {
            case READY_FOR_PICKUP -> contents.map(c -> "Vous pouvez dès à présent venir retirer " + c + ".")
                    .orElse("Votre commande est prête à être retirée.");
            case DONE -> "Le retrait " + of(what) + " a été enregistré" + on.map(at -> " le " + day(at)).orElse("") + ".";
            case PREPARING, UNDER_WAY -> "Nous préparons " + what + " pour le retrait ; nous vous préviendrons dès que"
                    + " tout sera prêt.";
            case PROBLEM, CHECKING -> "Nous vérifions où en est le retrait " + of(what) + " et revenons vers vous"
                    + " très rapidement.";
        };
    }

    @Override
    public String localDelivery(HandoverState state, Optional<String> contents, Optional<LocalDate> on) {
        String what = contents.orElse("votre commande");
        return switch (state) {
            case DONE -> "La livraison " + of(what) + " a été effectuée" + on.map(at -> " le " + day(at)).orElse("") + ".";
            case UNDER_WAY -> "La livraison " + of(what) + " est en cours.";
            case PREPARING, READY_FOR_PICKUP -> "Nous préparons " + what + " pour la livraison locale ; nous vous"
                    + " préviendrons dès son départ.";
            case PROBLEM, CHECKING -> "Nous vérifions où en est la livraison " + of(what) + " et revenons vers vous"
                    + " très rapidement.";
        };
    }

    @Override
    public String pending(PendingGroup group, String items, boolean plural) {
        return switch (group) {
            case AWAITING_SHIPMENT -> "Nous n'avons pas encore expédié " + items + " ; nous vous enverrons les"
                    + " informations de suivi dès l'expédition.";
            case ON_HOLD -> "L'envoi " + of(items) + " est suspendu pour le moment. Nous nous en occupons et vous"
                    + " tiendrons au courant.";
            case SCHEDULED -> "L'envoi " + of(items) + " est prévu à une date ultérieure ; nous vous enverrons les"
                    + " informations de suivi dès l'expédition.";
            case CHECKING -> "Nous vérifions où en est l'envoi " + of(items) + " et revenons vers vous très rapidement.";
            case PREPARING_FOR_PICKUP -> "Nous préparons " + items + " pour le retrait ; nous vous préviendrons dès"
                    + " que tout sera prêt.";
            case PREPARING_FOR_LOCAL_DELIVERY -> "Nous préparons " + items + " pour la livraison locale ; nous vous"
                    + " préviendrons dès son départ.";
        };
    }

    @Override
    public String late(LocalDate expected) {
        return " Sa livraison était prévue aux alentours du " + day(expected) + " et a pris du retard ; nous nous"
                + " renseignons auprès du transporteur et revenons vers vous rapidement.";
    }

    @Override
    public String namedOrderNotFound(String orderNumber) {
        return "Merci pour votre message concernant la commande " + orderNumber + ". Je ne la retrouve pas parmi les"
                + " commandes associées à vos coordonnées. Pourriez-vous vérifier le numéro de commande et m'indiquer"
                + " l'adresse e-mail utilisée pour la passer ? Je m'en occupe tout de suite.";
    }

    @Override
    public String notSentYet(String items) {
        return "Nous ne vous avons pas encore envoyé " + items + " ; nous vérifions et revenons vers vous rapidement.";
    }

    @Override
    public String anotherOrder() {
        return "Si votre question concerne une autre commande, indiquez-moi simplement son numéro et je m'en occupe.";
    }
}

package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The template's Spanish: usted, "paquete" (masculine) as the only subject that agrees with anything. */
final class Spanish implements Wording {
    static final Spanish WORDING = new Spanish();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu",
            Locale.forLanguageTag("es"));

    private Spanish() {
    }

    @Override
    public String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "A y B", with "e" before a word sounding "i" ("hilo e imanes"), as Spanish requires. */
    @Override
    public String and(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        String last = parts.getLast();
        String lower = last.toLowerCase(Locale.ROOT);
        boolean sounds = (lower.startsWith("i") || lower.startsWith("hi")) && !lower.startsWith("hie") && !lower.startsWith("hia");
        return Phrasing.list(parts, sounds ? "e" : "y");
    }

    /** "A o B", with "u" before a word sounding "o", as Spanish requires. */
    @Override
    public String or(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        String lower = parts.getLast().toLowerCase(Locale.ROOT);
        return Phrasing.list(parts, lower.startsWith("o") || lower.startsWith("ho") ? "u" : "o");
    }

    @Override
    public String andMore(List<String> named, int more) {
        return String.join(", ", named) + " y " + more + (more == 1 ? " artículo más" : " artículos más");
    }

    @Override
    public String greeting(Optional<String> firstName) {
        return firstName.map(name -> "Hola, " + name + ":").orElse("Hola,");
    }

    @Override
    public String signOff(Optional<String> shopName) {
        return "Saludos cordiales,\n" + shopName.map(shop -> "El equipo de " + shop).orElse("El equipo de atención al cliente");
    }

    @Override
    public String noOrdersFound() {
        return "Gracias por escribirnos. No he encontrado ningún pedido asociado a sus datos de contacto. ¿Podría"
                + " enviarme su número de pedido? Lo encontrará en el correo de confirmación del pedido, y lo revisaré"
                + " de inmediato.";
    }

    @Override
    public String customerUnknown() {
        return "Gracias por escribirnos. ¿Podría enviarme su número de pedido y la dirección de correo electrónico con"
                + " la que lo realizó? Lo revisaré y le responderé en breve.";
    }

    @Override
    public String lookupUnavailable() {
        return "Gracias por escribirnos sobre su pedido. Lo estoy revisando ahora mismo y le responderé en breve con"
                + " novedades.";
    }

    @Override
    public String otherOrders(String orderNames) {
        return "Si su consulta se refiere a otro pedido (" + orderNames + "), no dude en indicármelo.";
    }

    @Override
    public String intro(String orderName) {
        return "Gracias por escribirnos sobre su pedido " + orderName + ".";
    }

    @Override
    public String cancelled(LocalDate on) {
        return "El pedido se canceló el " + day(on) + ", por lo que ya no se enviará nada más. Si no esperaba esta"
                + " cancelación, responda a este mensaje y lo revisaremos.";
    }

    @Override
    public String nothingToShip() {
        return "No veo en él ningún artículo pendiente de envío.";
    }

    @Override
    public String noShippingNeeded(String items) {
        return "Este pedido no requiere envío (" + items + ").";
    }

    @Override
    public String notShippedYet() {
        return "Todavía no se ha enviado.";
    }

    @Override
    public String trackingPromise() {
        return "Le enviaremos los datos de seguimiento en cuanto esté en camino.";
    }

    @Override
    public String sentInParts() {
        return "Le llegará en varias partes:";
    }

    @Override
    public String restToConfirm() {
        return "Puede que esto no sea todo su pedido: nuestro equipo revisará el resto y se lo confirmará.";
    }

    @Override
    public String morePackages(int more) {
        return "Este pedido incluye " + (more == 1 ? "un paquete más" : more + " paquetes más")
                + "; con gusto le envío también sus datos.";
    }

    @Override
    public String carrierPackage(DeliveryStage stage, PackageName name, Optional<String> carrier,
                                 Optional<LocalDate> deliveredOn, List<String> numbers) {
        String subject = subject(name);
        String it = object(name);
        String withCarrier = carrier.map(c -> " con " + c).orElse("");
        String carrierOrThe = carrier.orElse("El transportista");
        return switch (stage) {
            case DELIVERED -> subject + " se entregó" + deliveredOn.map(at -> " el " + day(at)).orElse("")
                    + reference(carrier, numbers) + ".";
            case NOT_SHIPPED -> subject + " todavía no se ha enviado.";
            case READY_FOR_PICKUP -> subject + " ya está disponible en el punto de recogida"
                    + carrier.map(c -> " (" + c + ")").orElse("") + ".";
            case OUT_FOR_DELIVERY -> subject + " está en reparto" + withCarrier + ".";
            case IN_TRANSIT, SHIPPED -> subject + " está en camino" + withCarrier + ".";
            case DELAYED -> subject + " está en camino" + withCarrier + ", aunque el transportista informa de un retraso.";
            case PREPARING -> subject + " se está preparando para el envío.";
            case DELIVERY_ATTEMPTED -> carrierOrThe + " intentó entregar " + it + ", pero no fue posible; normalmente"
                    + " se realiza un nuevo intento.";
            case DELIVERY_FAILED -> carrierOrThe + " no pudo entregar " + it + ". Lo estamos revisando y le"
                    + " responderemos en breve.";
            case UNKNOWN -> "Estamos consultando" + withCarrier + " dónde se encuentra " + it + ".";
        };
    }

    private static String subject(PackageName name) {
        return name.only() ? "Su paquete" : name.contents().map(c -> "El paquete con " + c).orElse("Un paquete");
    }

    private static String object(PackageName name) {
        return name.only() ? "su paquete" : name.contents().map(c -> "el paquete con " + c).orElse("un paquete");
    }

    private String reference(Optional<String> carrier, List<String> numbers) {
        String tracking = numbers.isEmpty() ? "" : (numbers.size() == 1 ? "número de seguimiento " : "números de seguimiento ")
                + and(numbers);
        String both = carrier.map(c -> tracking.isEmpty() ? c : c + ", " + tracking).orElse(tracking);
        return both.isEmpty() ? "" : " (" + both + ")";
    }

    @Override
    public String following(List<String> numbers, Optional<LocalDate> estimate, List<String> links) {
        return (numbers.isEmpty() ? "" : numbers.size() == 1 ? " El número de seguimiento es " + numbers.getFirst() + "."
                : " Los números de seguimiento son " + and(numbers) + ".")
                + estimate.map(at -> " Debería llegar alrededor del " + day(at) + ".").orElse("")
                + (links.isEmpty() ? "" : " Puede seguirlo aquí: " + String.join(" y ", links));
    }

    @Override
    public String storePickup(HandoverState state, Optional<String> contents, Optional<LocalDate> on) {
        String what = contents.orElse("su pedido");
        return switch (state) {
            case READY_FOR_PICKUP -> contents.map(c -> "Ya puede recoger " + c + ".")
                    .orElse("Su pedido ya está listo para recoger.");
            case DONE -> "Consta que" + on.map(at -> " recogió " + what + " el " + day(at)).orElse(" ya recogió " + what) + ".";
            case PREPARING, UNDER_WAY -> "Estamos preparando " + what + " para su recogida; le avisaremos en cuanto"
                    + " esté todo listo.";
            case PROBLEM, CHECKING -> "Estamos comprobando la recogida de " + what + " y le responderemos en breve.";
        };
    }

    @Override
    public String localDelivery(HandoverState state, Optional<String> contents, Optional<LocalDate> on) {
        String what = contents.orElse("su pedido");
        return switch (state) {
            case DONE -> "La entrega de " + what + " se realizó" + on.map(at -> " el " + day(at)).orElse("") + ".";
            case UNDER_WAY -> "La entrega de " + what + " está en camino.";
            case PREPARING, READY_FOR_PICKUP -> "Estamos preparando " + what + " para la entrega local; le avisaremos"
                    + " en cuanto salga el reparto.";
            case PROBLEM, CHECKING -> "Estamos comprobando la entrega de " + what + " y le responderemos en breve.";
        };
    }

    @Override
    public String pending(PendingGroup group, String items, boolean plural) {
        return switch (group) {
            case AWAITING_SHIPMENT -> "Todavía no hemos enviado " + items + "; le enviaremos los datos de seguimiento"
                    + " en cuanto realicemos el envío.";
            case ON_HOLD -> "El envío de " + items + " está en espera por el momento. Lo estamos revisando y le"
                    + " iremos informando.";
            case SCHEDULED -> "El envío de " + items + " está programado para más adelante; le enviaremos los datos"
                    + " de seguimiento en cuanto se realice.";
            case CHECKING -> "Estamos comprobando el estado de " + items + " y le responderemos en breve.";
            case PREPARING_FOR_PICKUP -> "Estamos preparando " + items + " para su recogida; le avisaremos en cuanto"
                    + " esté todo listo.";
            case PREPARING_FOR_LOCAL_DELIVERY -> "Estamos preparando " + items + " para la entrega local; le"
                    + " avisaremos en cuanto salga el reparto.";
        };
    }

    @Override
    public String late(LocalDate expected) {
        return " Debía llegar alrededor del " + day(expected) + " y lleva retraso; lo estamos consultando con el"
                + " transportista y le responderemos en breve.";
    }

    @Override
    public String namedOrderNotFound(String orderNumber) {
        return "Gracias por escribirnos sobre el pedido " + orderNumber + ". No lo encuentro entre los pedidos asociados"
                + " a sus datos de contacto. ¿Podría comprobar el número de pedido e indicarme la dirección de correo"
                + " electrónico con la que lo realizó? Lo revisaré de inmediato.";
    }

    @Override
    public String notSentYet(String items) {
        return "Todavía no le hemos enviado " + items + "; lo estamos comprobando y le responderemos en breve.";
    }

    @Override
    public String anotherOrder() {
        return "Si su consulta se refiere a otro pedido, indíqueme su número de pedido y lo revisaré.";
    }
}

package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The template's English. */
final class English implements Wording {
    static final English WORDING = new English();
    // Spelled-out month and year: "January 8, 2026" cannot be misread the way 01/08 can.
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private English() {
    }

    @Override
    public String day(LocalDate date) {
        return DAY.format(date);
    }

    @Override
    public String and(List<String> parts) {
        return Phrasing.list(parts, "and");
    }

    @Override
    public String or(List<String> parts) {
        return Phrasing.list(parts, "or");
    }

    @Override
    public String andMore(List<String> named, int more) {
        return String.join(", ", named) + " and " + more + " more " + (more == 1 ? "item" : "items");
    }

    @Override
    public String greeting(Optional<String> firstName) {
        return firstName.map(name -> "Hi " + name + ",").orElse("Hello,");
    }

    @Override
    public String signOff(Optional<String> shopName) {
        return "Best regards,\n" + shopName.map(shop -> "The " + shop + " team").orElse("The support team");
    }

    @Override
    public String noOrdersFound() {
        return "Thanks for reaching out. I couldn't find an order linked to your contact details. Could you send me"
                + " your order number? You'll find it in your order confirmation email, and I'll look into it right away.";
    }

    @Override
    public String customerUnknown() {
        return "Thanks for reaching out. Could you send me your order number and the email address you used to order?"
                + " I'll look into it and get back to you shortly.";
    }

    @Override
    public String lookupUnavailable() {
        return "Thanks for reaching out about your order. I'm checking on it now and will get back to you with an"
                + " update shortly.";
    }

    @Override
    public String otherOrders(String orderNames) {
        return "If your question is about another order (" + orderNames + "), just let me know.";
    }

    @Override
    public String intro(String orderName) {
        return "Thanks for reaching out about your order " + orderName + ".";
    }

    @Override
    public String cancelled(LocalDate on) {
        return "It was cancelled on " + day(on) + ", so nothing more will ship from it. If that's unexpected, just"
                + " reply and we'll look into it.";
    }

    @Override
    public String nothingToShip() {
        return "I can't see any items on it that still need to ship.";
    }

    @Override
    public String noShippingNeeded(String items) {
        return "Nothing on it needs to be shipped (" + items + ").";
    }

    @Override
    public String notShippedYet() {
        return "It hasn't shipped yet.";
    }

    @Override
    public String trackingPromise() {
        return "We'll send you the tracking details as soon as it's on its way.";
    }

    @Override
    public String sentInParts() {
        return "It is being sent in parts:";
    }

    @Override
    public String restToConfirm() {
        return "This may not be everything in your order: our team will check the rest and confirm it to you.";
    }

    @Override
    public String morePackages(int more) {
        return more + " more " + (more == 1 ? "package is" : "packages are")
                + " part of this order; I'm happy to send you " + (more == 1 ? "its" : "their") + " details too.";
    }

    @Override
    public String carrierPackage(DeliveryStage stage, PackageName name, Optional<String> carrier,
                                 Optional<LocalDate> deliveredOn, List<String> numbers) {
        String subject = subject(name);
        String it = object(name);
        String withCarrier = carrier.map(c -> " with " + c).orElse("");
        String carrierOrThe = carrier.orElse("The carrier");
        return switch (stage) {
            case DELIVERED -> subject + " was delivered" + deliveredOn.map(at -> " on " + day(at)).orElse("")
                    + reference(carrier, numbers) + ".";
            case NOT_SHIPPED -> subject + " hasn't shipped yet.";
            case READY_FOR_PICKUP -> subject + " is ready for pickup" + carrier.map(c -> " from " + c).orElse("") + ".";
            case OUT_FOR_DELIVERY -> subject + " is out for delivery" + withCarrier + ".";
            case IN_TRANSIT, SHIPPED -> subject + " is on its way" + withCarrier + ".";
            case DELAYED -> subject + " is on its way" + withCarrier + ", but the carrier reports a delay.";
            case PREPARING -> subject + " is being prepared for shipping.";
            case DELIVERY_ATTEMPTED -> carrierOrThe + " tried to deliver " + it + " but couldn't; they usually try again.";
            case DELIVERY_FAILED -> carrierOrThe + " could not deliver " + it
                    + ". We're looking into it and will get back to you shortly.";
            case UNKNOWN -> "We're checking" + withCarrier + " on the latest status of " + it + ".";
        };
    }

    private static String subject(PackageName name) {
        return name.only() ? "Your package" : name.contents().map(c -> "The package with " + c).orElse("One package");
    }

    private static String object(PackageName name) {
        return name.only() ? "your package" : name.contents().map(c -> "the package with " + c).orElse("one package");
    }

    private String reference(Optional<String> carrier, List<String> numbers) {
        String tracking = numbers.isEmpty() ? "" : (numbers.size() == 1 ? "tracking number " : "tracking numbers ") + and(numbers);
        String both = carrier.map(c -> tracking.isEmpty() ? c : c + ", " + tracking).orElse(tracking);
        return both.isEmpty() ? "" : " (" + both + ")";
    }

    @Override
    public String following(List<String> numbers, Optional<LocalDate> estimate, List<String> links) {
        return (numbers.isEmpty() ? "" : numbers.size() == 1 ? " The tracking number is " + numbers.getFirst() + "."
                : " The tracking numbers are " + and(numbers) + ".")
                + estimate.map(at -> " It should arrive around " + day(at) + ".").orElse("")
                + (links.isEmpty() ? "" : " You can track it here: " + String.join(" and ", links));
    }

    @Override
    public String storePickup(HandoverState state, Optional<String> contents, Optional<LocalDate> on) {
        String what = contents.orElse("your order");
        return switch (state) {
            case READY_FOR_PICKUP -> contents.map(c -> "You can now pick up " + c + ".").orElse("Your order is ready for pickup.");
            case DONE -> contents.map(c -> c + " was picked up").orElse("Your order was picked up")
                    + on.map(at -> " on " + day(at)).orElse("") + ".";
            case PREPARING, UNDER_WAY -> "We're preparing " + what + " for pickup; we'll let you know as soon as"
                    + " everything is ready.";
            case PROBLEM, CHECKING -> "We're checking on the pickup of " + what + " and will get back to you shortly.";
        };
    }

    @Override
    public String localDelivery(HandoverState state, Optional<String> contents, Optional<LocalDate> on) {
        String what = contents.orElse("your order");
        return switch (state) {
            case DONE -> contents.map(c -> c + " was delivered").orElse("Your order was delivered")
                    + on.map(at -> " on " + day(at)).orElse("") + ".";
            case UNDER_WAY -> contents.map(c -> c + " is").orElse("Your order is") + " out for local delivery.";
            case PREPARING, READY_FOR_PICKUP -> "We're preparing " + what + " for local delivery; we'll let you know"
                    + " as soon as it's on its way.";
            case PROBLEM, CHECKING -> "We're checking on the delivery of " + what + " and will get back to you shortly.";
        };
    }

    @Override
    public String pending(PendingGroup group, String items, boolean plural) {
        return switch (group) {
            case AWAITING_SHIPMENT -> items + (plural ? " haven't" : " hasn't") + " shipped yet; we'll send you the"
                    + " tracking details as soon as " + (plural ? "they do." : "it does.");
            case ON_HOLD -> items + (plural ? " are" : " is") + " on hold at the moment. We're looking into it and"
                    + " will keep you posted.";
            case SCHEDULED -> items + (plural ? " are" : " is") + " scheduled to ship at a later date; we'll send you"
                    + " the tracking details once " + (plural ? "they ship." : "it ships.");
            case CHECKING -> "We're checking on " + items + " and will get back to you shortly.";
            case PREPARING_FOR_PICKUP -> "We're preparing " + items + " for pickup; we'll let you know as soon as"
                    + " everything is ready.";
            case PREPARING_FOR_LOCAL_DELIVERY -> "We're preparing " + items + " for local delivery; we'll let you"
                    + " know as soon as it's on its way.";
        };
    }

    @Override
    public String late(LocalDate expected) {
        return " It was expected around " + day(expected) + " and is running late; we're checking with the carrier"
                + " and will get back to you shortly.";
    }

    @Override
    public String namedOrderNotFound(String orderNumber) {
        return "Thanks for reaching out about order " + orderNumber + ". I couldn't find it among the orders linked to"
                + " your contact details. Could you double-check the order number and let me know the email address you"
                + " used to place it? I'll look into it right away.";
    }

    @Override
    public String notSentYet(String items) {
        return "We haven't sent you " + items + " yet; we're checking on it and will get back to you shortly.";
    }

    @Override
    public String anotherOrder() {
        return "If your question is about another order, just send me its order number and I'll look into it.";
    }
}

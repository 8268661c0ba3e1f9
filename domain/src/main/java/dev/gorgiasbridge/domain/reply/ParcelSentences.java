package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.Parcel;
import java.util.Optional;

/** What the customer is told about one package: where it is, how to follow it, when it should come. */
final class ParcelSentences {
    private ParcelSentences() {
    }

    /** @param subject how the package is named, e.g. "Your package" or "The package with Pins" */
    static String about(String subject, Parcel parcel) {
        Optional<String> carrier = parcel.carrier().map(Phrasing::oneLine);
        String withCarrier = carrier.map(c -> " with " + c).orElse("");
        String carrierOrThe = carrier.orElse("The carrier");
        String it = Phrasing.lowerFirst(subject);
        return switch (parcel.stage()) {
            case DELIVERED -> subject + " was delivered" + on(parcel) + reference(parcel) + ".";
            case NOT_SHIPPED -> subject + " hasn't shipped yet.";
            case READY_FOR_PICKUP -> subject + " is ready for pickup" + carrier.map(c -> " from " + c).orElse("")
                    + "." + following(parcel);
            case OUT_FOR_DELIVERY -> subject + " is out for delivery" + withCarrier + "." + following(parcel);
            case IN_TRANSIT, SHIPPED -> subject + " is on its way" + withCarrier + "." + following(parcel);
            case DELAYED -> subject + " is on its way" + withCarrier + ", but the carrier reports a delay."
                    + following(parcel);
            case PREPARING -> subject + " is being prepared for shipping." + following(parcel);
            case DELIVERY_ATTEMPTED -> carrierOrThe + " tried to deliver " + it
                    + " but couldn't; they usually try again." + following(parcel);
            case DELIVERY_FAILED -> carrierOrThe + " could not deliver " + it
                    + ". We're looking into it and will get back to you shortly." + following(parcel);
            case UNKNOWN -> "We're checking on the latest status of " + it + withCarrier + "." + following(parcel);
        };
    }

    private static String on(Parcel parcel) {
        return parcel.deliveredAt().map(at -> " on " + Phrasing.day(at)).orElse("");
    }

    private static String reference(Parcel parcel) {
        String number = parcel.trackingNumber().map(n -> "tracking number " + n.value()).orElse("");
        String carrier = parcel.carrier().map(Phrasing::oneLine).orElse("");
        String both = carrier.isEmpty() || number.isEmpty() ? carrier + number : carrier + ", " + number;
        return both.isEmpty() ? "" : " (" + both + ")";
    }

    /** Number, then estimate, then the link last, so no punctuation ever sticks to the URL. */
    private static String following(Parcel parcel) {
        return parcel.trackingNumber().map(n -> " The tracking number is " + n.value() + ".").orElse("")
                + parcel.estimatedDeliveryAt().map(at -> " It should arrive around " + Phrasing.day(at) + ".").orElse("")
                + parcel.trackingLink().map(url -> " You can track it here: " + url).orElse("");
    }
}

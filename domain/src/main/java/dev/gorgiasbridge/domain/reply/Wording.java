package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.DeliveryStage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every sentence the template reply is made of, in one language. The reply's logic (which sentences, in
 * what order) lives in {@link OrderReply}, {@link ParcelSentences} and {@link PendingSentences}; only the
 * words differ per language. Sentences are built so nothing has to agree with an item name's gender or
 * number, which the shop's data does not tell: items are objects ("we have not shipped X yet"), never
 * subjects of an adjective.
 */
sealed interface Wording permits English, French, German, Spanish {

    /** A date as a customer reads it: "January 8, 2026", "8 janvier 2026", "8. Januar 2026", "8 de enero de 2026". */
    String day(LocalDate date);

    /** "A", "A and B", "A, B and C". */
    String and(List<String> parts);

    /** "A", "A or B", "A, B or C". */
    String or(List<String> parts);

    /** "and 3 more items" closing a list cut short. */
    String andMore(List<String> named, int more);

    String greeting(Optional<String> firstName);

    String signOff(Optional<String> shopName);

    String noOrdersFound();

    String customerUnknown();

    String lookupUnavailable();

    String otherOrders(String orderNames);

    String intro(String orderName);

    String cancelled(LocalDate on);

    String nothingToShip();

    String noShippingNeeded(String items);

    String notShippedYet();

    String trackingPromise();

    String sentInParts();

    String morePackages(int more);

    /** The order may hold more than the reply describes: the team checks the rest and confirms it. */
    String restToConfirm();

    /**
     * One sentence about a package a carrier brings.
     *
     * @param numbers its tracking numbers, for the reference given with a delivery
     */
    String carrierPackage(DeliveryStage stage, PackageName name, Optional<String> carrier, Optional<LocalDate> deliveredOn,
                          List<String> numbers);

    /** Tracking numbers, estimate, links: the links last, so no punctuation ever sticks to a URL. */
    String following(List<String> numbers, Optional<LocalDate> estimate, List<String> links);

    /**
     * Said instead of the estimate once its day is past and the package has not arrived: when it was expected,
     * that it is late, and that someone is checking. Starts with a space, like {@link #following}'s parts.
     */
    String late(LocalDate expected);

    /** The whole answer when the customer names an order number that is not among their orders found. */
    String namedOrderNotFound(String orderNumber);

    /** Items that need no shipping (a gift card, a download) the shop has not sent yet. */
    String notSentYet(String items);

    /** Some of the customer's orders could not be read: they may be asking about one of those. */
    String anotherOrder();

    /** About items the customer collects at the shop; {@code contents} empty when it is the whole order. */
    String storePickup(HandoverState state, Optional<String> contents, Optional<LocalDate> on);

    /** About items the shop delivers itself; {@code contents} empty when it is the whole order. */
    String localDelivery(HandoverState state, Optional<String> contents, Optional<LocalDate> on);

    /** One sentence about pending items that wait for the same reason. */
    String pending(PendingGroup group, String items, boolean plural);

    /** How a package is named: the only one ("your package"), by its contents, or just one of several. */
    record PackageName(boolean only, Optional<String> contents) {
    }

    /** How far a pickup or a local delivery has come, as the customer needs to hear it. */
    enum HandoverState { PREPARING, READY_FOR_PICKUP, UNDER_WAY, DONE, PROBLEM, CHECKING }

    /** Pending items that share one sentence. */
    enum PendingGroup { AWAITING_SHIPMENT, ON_HOLD, SCHEDULED, CHECKING, PREPARING_FOR_PICKUP, PREPARING_FOR_LOCAL_DELIVERY }
}

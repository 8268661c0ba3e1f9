package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.application.contract.OrderCacheContract;
import dev.gorgiasbridge.domain.reply.LookupStatus;
import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.util.List;
import java.util.Optional;

/** The split-shipment sample as reply facts, and a draft that states only those facts. */
final class SampleFacts {
    static final String DELIVERED = "1Z999AA10123456784";
    static final String IN_TRANSIT = "9400111899223197428490";
    static final String IN_TRANSIT_LINK = "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490";
    static final String CUSTOMER_TEXT = "Also, can you tell me the tracking number for the box that is still coming?";

    /** A reply a careful model would write from {@link #splitShipment()}. */
    static final String GOOD_DRAFT = """
            Hi Maria,

            Thanks for checking in! Your order #1042 was sent in two packages. The first one (UPS, tracking number \
            1Z999AA10123456784) was delivered on January 5. The second one is on its way with USPS, tracking number \
            9400111899223197428490: %s

            The Walking Foot Attachment has not shipped yet; it is waiting to be sent, and we will let you know as soon as it \
            leaves our warehouse.

            Best regards,
            The Linda's Sewing team""".formatted(IN_TRANSIT_LINK);

    private SampleFacts() {
    }

    static ReplyFacts splitShipment() {
        return splitShipment(Optional.of("en"));
    }

    static ReplyFacts splitShipment(Optional<String> language) {
        return new ReplyFacts(Optional.of("Maria"), List.of(ShipmentAnalysis.of(OrderCacheContract.splitShipment())),
                LookupStatus.ORDERS_FOUND, Optional.of("Linda's Sewing"), language, Optional.of(CUSTOMER_TEXT),
                Optional.of("Where is the rest of my order?"), Optional.of(3), Optional.of("412.80"));
    }
}

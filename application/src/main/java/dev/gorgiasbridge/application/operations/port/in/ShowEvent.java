package dev.gorgiasbridge.application.operations.port.in;

import dev.gorgiasbridge.domain.webhook.EventId;
import java.util.Optional;

/** Shows one stored event in full: status, attempts, every stage outcome, and the payload when asked. */
public interface ShowEvent {

    Optional<EventDetail> show(EventId id, EventDetail.Payload payload);
}

package dev.gorgiasbridge.adapters.gorgias;

import dev.gorgiasbridge.application.contract.EventPayloadsContract;
import dev.gorgiasbridge.application.processing.port.out.EventPayloads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The port contract against the Gorgias reader and the recorded webhook body. */
class GorgiasEventPayloadsContractTest extends EventPayloadsContract {
    private final GorgiasEventPayloads payloads = new GorgiasEventPayloads();

    @Override
    protected EventPayloads payloads() {
        return payloads;
    }

    @Override
    protected String theExampleMessageCreated() {
        try (InputStream in = getClass().getResourceAsStream("/contracts/gorgias/ticket-message-created.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

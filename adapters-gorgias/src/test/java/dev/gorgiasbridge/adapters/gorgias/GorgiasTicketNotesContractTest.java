package dev.gorgiasbridge.adapters.gorgias;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.gorgiasbridge.application.contract.TicketNotesContract;
import dev.gorgiasbridge.application.memory.InMemoryRateLimits;
import dev.gorgiasbridge.application.processing.port.out.TicketNotes;
import dev.gorgiasbridge.domain.ticket.Ticket;
import dev.gorgiasbridge.domain.ticket.TicketId;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The port contract against the real client and a stateful Gorgias on WireMock. */
class GorgiasTicketNotesContractTest extends TicketNotesContract {
    private static final SimulatedGorgias GORGIAS = new SimulatedGorgias();
    private static WireMockServer server;
    private GorgiasTicketNotes notes;

    @BeforeAll
    static void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().extensions(GORGIAS));
        server.start();
        server.stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse().withTransformers(SimulatedGorgias.NAME)));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void freshGorgias() {
        GORGIAS.clear();
        notes = new GorgiasTicketNotes(TestGorgias.settings(server), new InMemoryRateLimits(), TestGorgias.CLOCK,
                new TestGorgias.RecordingSleeper());
    }

    @Override
    protected TicketNotes notes() {
        return notes;
    }

    @Override
    protected Optional<Ticket> ticketAsTheHelpdeskHasIt(TicketId ticket) {
        return notes.ticket(ticket);
    }

    @Override
    protected void givenTheExampleTicket() {
        GORGIAS.add(TestGorgias.exampleTicketJson());
    }
}

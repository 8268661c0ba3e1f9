package dev.gorgiasbridge.adapters.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.domain.reply.ReplyFacts;
import dev.gorgiasbridge.domain.reply.TemplateReply;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The AI draft's language check and the template follow the same decision: the ticket's language, else the message's. */
class SharedLanguageDecisionTest {
    private static final String FRENCH_DRAFT = """
            Bonjour Maria,

            Merci pour votre message. Votre commande #1042 vous parvient en deux colis : le premier (UPS, numéro de \
            suivi 1Z999AA10123456784) a été livré, le second est en cours d'acheminement par USPS avec le numéro de \
            suivi 9400111899223197428490 : %s

            Nous n'avons pas encore expédié le Walking Foot Attachment ; nous vous enverrons les informations de suivi \
            dès que ce sera fait.

            Cordialement,
            L'équipe Linda's Sewing""".formatted(SampleFacts.IN_TRANSIT_LINK);

    private final DraftGuardrails guardrails = new DraftGuardrails(false);

    private static ReplyFacts frenchMessageWithoutTicketLanguage() {
        var sample = SampleFacts.splitShipment(Optional.empty());
        return new ReplyFacts(sample.customerFirstName(), sample.orders(), sample.lookup(), sample.shopName(),
                Optional.empty(), Optional.of("Bonjour, je n'ai toujours pas reçu mon colis. Où est ma commande ?"),
                sample.ticketSubject(), sample.ordersCount(), sample.totalSpent());
    }

    @Test
    void a_faithful_french_draft_for_a_french_customer_is_kept() {
        assertThat(guardrails.rejection(FRENCH_DRAFT, SampleFacts.splitShipment(Optional.of("fr")))).isEmpty();
        assertThat(guardrails.rejection(FRENCH_DRAFT, frenchMessageWithoutTicketLanguage())).isEmpty();
    }

    @Test
    void an_english_draft_for_a_customer_who_wrote_in_french_falls_back_to_a_french_template() {
        var facts = frenchMessageWithoutTicketLanguage();

        assertThat(guardrails.rejection(SampleFacts.GOOD_DRAFT, facts)).contains(FallbackReason.WRONG_LANGUAGE);
        assertThat(TemplateReply.draft(facts).text()).startsWith("Bonjour Maria,");
    }
}

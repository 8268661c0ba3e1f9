package dev.gorgiasbridge.adapters.ai;

import dev.gorgiasbridge.adapters.ai.StatusWords.Mention;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second net under {@link StatusWords}: a word that says where goods are or what happened to them — delivered,
 * posted, handed, left, returned, "at your neighbour's", "auf dem Postweg", "quedó con su vecino" — outside every status
 * phrase the checks read is a statement nobody verified, and anything unverifiable counts as a failure
 * (docs/ai-drafts.md). The vocabulary is of word stems in English, French, German and Spanish, broad on purpose: a
 * status written in words the lists do not know is refused rather than believed. Questions and what follows a
 * supposition ("as soon as it ships, …") state nothing and are not read; nor are the team's own actions ("we'll send
 * you the tracking number", "thanks for reaching out").
 */
final class UnreadClaims {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    /** Word stems of delivery, movement, possession and the fate of goods; a stem takes any ending. */
    private static final Pattern CLAIM = Pattern.compile("(?iu)" + B + "(?:"
            // English: verbs and where goods lie, not nouns ("shipment", "delivery", "arrival") nor who carries them
            + "deliver(?!y|ies)|ship(?!ments?|ping)|dispatch(?!es)|sent(?![\\p{L}])|send(?:s|ing)?(?![\\p{L}])"
            + "|posted|(?<!e-)mailed|arriv(?!als?)|receiv|land(?:ed|s)?(?![\\p{L}])|reached|dropped|(?:was|were|been|be) left|left (?:at|with|on|in|outside|by|near|behind)|handed"
            + "|collected|picked up|returned|cancel|lost(?![\\p{L}])|misplac|stuck|in transit|en route|neighbou?r|front desk"
            + "|doorstep|porch|mailbox|letterbox|at your (?:door|home|house|address|place)|(?:is|are|was|were|be|been|now|already|safely) with you(?![\\p{L}])"
            + "|on (?:its|their|the) way|on hold|(?:be|been|is|are|was|were) (?:now |already )?completed?(?![\\p{L}])|fulfill?ed|went out|gone out|(?:is|are) out(?! of)"
            + "|on the (?:truck|van)|in the (?:mail|post)(?![\\p{L}])|post office|depot|locker"
            // specifics no fact gives (held-out outsider 6): who took it, where it was left or waits, what proves it,
            // why something happened, and the order's state in words no status phrase reads
            + "|signed|signature|photo(?!s? of)|picture(?!s? of)|(?:back|side|front|garage|patio|rear) door|garage|reception|concierge|safe place"
            + "|(?:at|on|per|upon) (?:your|the customer['’]s|their) request|as (?:you )?requested|à votre demande|auf (?:ihren|ihre) (?:wunsch|bitte)|a (?:su|petición|solicitud)"
            + "|stock(?:room)?(?![\\p{L}])|counter|(?:pick ?up|collection) (?:desk|counter)|you (?:asked|requested)"
            + "|(?<=(?:cancell?ed|annulée?s?|storniert|cancelad[oa]s?|anulad[oa]s?) )(?:at|upon|because|due|as|since|after|wegen|weil|auf|car|parce|à|por|porque|a)(?![\\p{L}])"
            + "|payment|declined|fraud|sold out|backorder|address (?:issue|problem)|confirmed|packed|packing|label(?:led)?(?![\\p{L}])"
            + "|waiting for the (?:carrier|courier|driver)|reinstat|restor|reactivat|re-?open|un-?cancel|all set|good to go|sorted"
            // a named place to collect from or where goods wait: the facts name none (Shopify's location is not read)
            + "|(?<=(?:pick ?up|pickup|collect(?:ed|ion)?|ready|waiting|available|left|dropped off|retrait|retirer|récupérer|recoger|recogida|abholbereit|abholen|abholung) (?:at|from|in|à|en|bei|im) )(?:the )?(?-i:\\p{Lu})"
            + "|on track|ready to go|(?<!see you )(?<!talk )(?:very |really )?soon(?![\\p{L}])|shortly|any (?:day|moment|minute)|in no time"
            // French
            + "|livr(?!aisons?)|expédi(?!tions?)|envoy|achemin(?!ement)|arriv(?!ées?(?= (?:prévue|estimée)))|reçue?s?(?![\\p{L}])"
            + "|remise?s?(?![\\p{L}])|déposée?s?|retirée?s?|voisin|chez vous|boîte aux lettres|annulée?s?"
            + "|perdue?s?(?![\\p{L}])|égarée?s?|bloquée?s?|(?<!une |la |en |d'une |grande |petite )partie?s?(?![\\p{L}])|parvenue?s?|en route|en chemin"
            // German
            + "|zugestell|geliefer|versandt|versend|verschick|geschickt|aufgegeben|unterwegs|angekommen|abgegeben|übergeben"
            + "|abgeholt|zurückgeschickt|storniert|verloren|nachbar|postweg|briefkasten|raus(?![\\p{L}])"
            + "|(?:ist|sind) (?:schon |bereits )?da(?![\\p{L}])"
            // Spanish
            + "|entreg(?!as?(?![\\p{L}]))|envi(?!os?(?![\\p{L}]))|enví(?!os?(?![\\p{L}]))|despach|lleg(?!adas?(?![\\p{L}]))|recibi|recibid|salió|salieron"
            + "|con usted|vecin|quedó|dejad|devuel|cancelad|perdi|extravi|en camino|recogi(?!das?(?![\\p{L}]))|buzón"
            + ")");
    /** The team's own doings and the customer's messages, which are no status of the goods. */
    private static final Pattern NOT_ABOUT_GOODS = Pattern.compile("(?iu)" + B + "(?:"
            + "reach(?:ing|ed)? out|get in touch|(?:send|sent|sending|receive|received|receiving|get) (?:you |us )?(?:an? |the |its |their |this |that "
            + "|your |a new |an update |another )?(?:e-?mails?|messages?|updates?|links?|tracking|details|numbers?|confirmation"
            + "|notifications?|reply|answer|note|news|code)|(?<!at |on |per |upon )(?:your|the) (?:message|e-?mail|question|request)|tracking link"
            + "|vous (?:envoyer|enverrons|enverrai)(?: (?:un|le|son|leur|votre))? (?:e-?mail|message|numéro|lien|suivi)"
            + "|ihnen (?:die |eine |den )?(?:sendungsnummer|e-?mail|nachricht|link)"
            + "|(?:le |les )?(?:enviaremos|enviaré|enviar) (?:el |un |su )?(?:número|correo|mensaje|enlace|seguimiento)"
            + "|pick(?:ed)? up (?:the phone|where)|land(?:ing)? page|complete (?:the|this|your) (?:form|survey)|keep you posted"
            + "|(?:adresse |address )?e-?mail"
            // what the customer is asked to send is no status of the goods (ClaimedDetails judges the request itself)
            + "|(?:send|sending) (?:me|us)|(?:please|kindly|could you|can you|would you) send|send (?:a |an )?(?:photo|picture|copy|scan)|envoyez-(?:moi|nous)|(?:schicken|senden) sie (?:mir|uns)|env[ií]e(?:nos|me)|env[ií]anos)");

    private UnreadClaims() {
    }

    /**
     * The first word of the normalised draft that states something about goods outside every status phrase read, if any.
     * {@code mentions} are the status phrases found in {@code text} (with the facts' own names blanked).
     */
    static Optional<String> firstIn(String text, List<Mention> mentions) {
        String read = CitedFacts.blank(CitedFacts.blank(text, CitedFacts.LINK), CitedFacts.EMAIL);
        read = CitedFacts.blank(read, NOT_ABOUT_GOODS);
        Matcher sentence = Pattern.compile("[^.!?\\n]+[.!?]*").matcher(read);
        while (sentence.find()) {
            if (sentence.group().strip().endsWith("?")) {
                continue;
            }
            Matcher supposition = StatusWords.SUPPOSITION.matcher(sentence.group());
            int until = supposition.find() ? sentence.start() + supposition.start() : sentence.end();
            Matcher claim = CLAIM.matcher(read).region(sentence.start(), until);
            while (claim.find()) {
                int from = claim.start();
                int to = claim.end();
                if (mentions.stream().noneMatch(m -> m.start() < to && from < m.end())) {
                    return Optional.of(claim.group());
                }
            }
        }
        return Optional.empty();
    }
}

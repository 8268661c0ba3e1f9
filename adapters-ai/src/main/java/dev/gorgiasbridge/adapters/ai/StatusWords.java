package dev.gorgiasbridge.adapters.ai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a draft states where something is, in English, French, German and Spanish, each mapped to one
 * {@link Status}; and the words that deny a status ("not", "pas", "nicht", "no") or only suppose it
 * ("as soon as", "dès que", "sobald", "en cuanto"). Phrases are found longest first, so "will be delivered"
 * is an expectation, not a delivery, and "waiting to be shipped" is not a shipment. The text must be
 * normalised ({@link NormalisedText}).
 */
final class StatusWords {

    /** The languages whose status words are known here (ISO 639-1). */
    static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "fr", "de", "es");

    /** What a draft may say of an order, a package or items. */
    enum Status {
        DELIVERED, ARRIVED, SHIPPED, IN_TRANSIT, OUT_FOR_DELIVERY, READY_FOR_PICKUP, PICKED_UP, PREPARING, DELAYED, ON_HOLD,
        CANCELLED, REFUNDED, DELIVERY_ATTEMPTED, AWAITING_SHIPMENT, SCHEDULED, EXPECTED_DELIVERY, EXPECTED_SHIPMENT,
        /** Not handed over yet, however it reaches the customer: "pending", "en attente", "ausstehend", "pendiente". */
        PENDING,
        /** Tracking given or promised: "tracking number", "track it here", "numéro de suivi", "Sendungsnummer", "seguimiento". */
        TRACKING,
        /** Lost, damaged, returned, held in customs, out of stock: the facts never say so. */
        UNVERIFIABLE,
        /** Words that look like a status but state none: "we have received your order". */
        NONE
    }

    /** One statement of a status in a draft, and whether it is denied. */
    record Mention(int start, int end, Status status, boolean denied) {
    }

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String APOS = "['’]";
    private static final String MODAL = "(?:will|won" + APOS + "t|wont|should(?:n" + APOS + "t)?|would|shall|(?:it|they|this|that)" + APOS + "ll"
            + "|(?:is|are) (?:expected|due|scheduled|going|set|likely|about) to|expected to|due to|going to|about to)(?: not)?";
    private static final String NOT_ABOUT_GOODS = "(?!\\s+(?:you\\s+)?(?:an?|the|your|our|this|that|its|their)\\s+(?:e-?mail|message|link"
            + "|update|confirmation|notification|request|question|inquiry|enquiry|note|ticket|reply|answer|code|tracking|details"
            + "|information|info))";

    private static final Map<Status, String> PHRASES = Map.ofEntries(
            Map.entry(Status.NONE, String.join("|",
                    // "the box you received" names a package the customer has; the sentence's claim is elsewhere.
                    "missing from|(?:wasn" + APOS + "t|was not|weren" + APOS + "t|were not|isn" + APOS + "t|is not|aren" + APOS + "t|are not) (?:in|inside) (?:your|the) (?:box|package|parcel)"
                            + "(?: (?:that )?you(?:" + APOS + "ve| have)? (?:already |just )?(?:received|got))?",
                    "(?:box|package|parcel|shipment|one)(?: that)? you(?:" + APOS + "ve| have)? (?:already |just )?(?:received|got)",
                    "(?:we|i)(?:" + APOS + "ve| have)? (?:already |just |also )?(?:received|got)",
                    "nous avons (?:bien )?reçu|j" + APOS + "ai (?:bien )?reçu|hemos recibido|he recibido")),
            Map.entry(Status.EXPECTED_DELIVERY, String.join("|",
                    MODAL + " (?:be )?(?:delivered|arriv(?:e|ing)|reach(?:ing)? you|get(?:ting)? to you|with you|there)",
                    "(?:is|are) arriving|(?:estimated|expected|scheduled|due|set|planned) to (?:arrive|be delivered|reach you)"
                            + "|expects? to deliver|(?:is|are) due",
                    "(?:to be|is being|are being) delivered", "waiting (?:for (?:it|them) )?to be delivered",
                    "pending delivery", "(?:expected|estimated|scheduled|planned) (?:delivery|arrival)",
                    "(?:devrait|devraient|va|vont|doit|doivent)(?: pas)? (?:être )?(?:livrée?s?|arriver|vous parvenir)",
                    "sera(?:ient)? (?:livrée?s?|remise?s?)|seront (?:livrée?s?|remise?s?)|arrivera|arriveront|vous parviendra",
                    "livraison (?:prévue|estimée)|date de livraison (?:prévue|estimée)",
                    "(?:wird|werden|sollte|sollten|soll|sollen|dürfte|dürften)(?: [\\p{L}\\p{N}.]+){0,5} (?:zugestellt|geliefert|ankommen"
                            + "|eintreffen|bei ihnen sein)",
                    "voraussichtliche[nr]? (?:zustellung|lieferung|ankunft)",
                    "llegará|llegarán|será entregad[oa]|serán entregad[oa]s|se entregará|se entregarán|deber[ií]a(?:n)? llegar",
                    "deber[ií]a(?:n)? ser entregad[oa]s?|va(?:n)? a llegar|entrega (?:prevista|estimada)|fecha (?:prevista|estimada)",
                    // Future receipt or possession said from the customer's side: "you'll get it", "vous le recevrez".
                    "you(?:" + APOS + "ll| will| shall| can expect to)(?: \\p{L}+){0,2} (?:get|have|receive|see) (?:it|them|your|the|everything|all|both)"
                            + "|you should (?:get|receive) (?:it|them|your|the|everything|all|both)",
                    "(?:expect|anticipate) (?:it|them|your|the|delivery|arrival)|(?:should|will|would) (?:land|show up|turn up)",
                    "(?:vous )?(?:l[ea]s? |l')?(?:recevrez|aurez|obtiendrez)|attendez-vous à le recevoir",
                    "(?:sie )?(?:bekommen|erhalten|haben) (?:es|sie|ihn|ihr|ihre|das|die|den|alles)(?: \\p{L}+){0,3}"
                            + "(?= (?:bis|in|am|anfang|ende|nächste|bald|demnächst|morgen))|rechnen sie(?: \\p{L}+){0,4} (?:mit|damit)",
                    "(?:l[oa]s? )?(?:recibirá|recibirán|tendrá|tendrán)|cuente con|le llegará(?:n)?")),
            Map.entry(Status.EXPECTED_SHIPMENT, String.join("|",
                    MODAL + " (?:be )?(?:shipped|sent|dispatched|ship|go out|leave (?:our|the) warehouse)",
                    "(?:we|i)(?:" + APOS + "ll| will| shall) (?:ship|send|dispatch|post|mail)(?! (?:you|us) )",
                    "(?:to be|is to be) (?:shipped|sent|dispatched)",
                    "sera(?:ient)? (?:expédiée?s?|envoyée?s?)|seront (?:expédiée?s?|envoyée?s?)|partira|partiront",
                    "(?:va|vont|devrait|devraient|doit|doivent)(?: pas)? être (?:expédiée?s?|envoyée?s?)",
                    "(?:wird|werden|sollte|sollten|soll|sollen)(?: \\p{L}+){0,5} (?:versandt|verschickt|versendet|verschickt"
                            + "|abgeschickt) werden",
                    "(?:wird|werden)(?: \\p{L}+){0,5} (?:versandt|verschickt|versendet)",
                    "será enviad[oa]|serán enviad[oa]s|se enviará|se enviarán|saldrá|saldrán|va(?:n)? a (?:ser )?enviar")),
            Map.entry(Status.AWAITING_SHIPMENT, String.join("|",
                    "(?:waiting|wait|awaiting) (?:for (?:it|them) )?to (?:be )?(?:shipped|sent|dispatched|ship)",
                    "awaiting (?:shipment|dispatch|fulfil?lment|shipping)", "(?:still|yet) to (?:be )?(?:shipped|sent|dispatched|ship)",
                    "left to ship|remains? to be (?:shipped|sent)|pending (?:shipment|dispatch|shipping)",
                    "en attente d'(?:expédition|envoi)|reste(?:nt)? à (?:expédier|envoyer)",
                    "(?:wartet|warten) (?:noch )?auf (?:den |seinen |ihren )?versand|versand (?:steht|stehen) noch aus",
                    "pendientes? (?:de envío|de enviar|de ser enviad[oa]s?)|en espera de envío|por enviar",
                    "a la espera de(?: ser)? enviad[oa]s?",
                    "(?:still )?(?:waiting|sitting|being held|stored|kept) (?:in|at) (?:our|the) (?:warehouse|stockroom|store room|depot)"
                            + "|(?:still )?in our warehouse",
                    "attend(?:ent)? (?:encore )?(?:dans|à) (?:notre |l')entrepôt|(?:toujours|encore) (?:dans|à) (?:notre |l')entrepôt",
                    "(?:liegt|liegen|wartet|warten) noch (?:in unserem|im) lager|noch (?:in unserem|im) lager",
                    "(?:sigue|siguen|está|están|espera|esperan) (?:todavía |aún )?en (?:nuestro|el) almacén")),
            Map.entry(Status.PENDING, String.join("|",
                    "pending|awaiting (?:fulfil?lment|preparation|pickup preparation|local delivery)",
                    "en attente(?: de (?:préparation|traitement|retrait|livraison locale))?",
                    "ausstehend|steht noch aus|stehen noch aus", "pendientes?|en espera")),
            Map.entry(Status.SCHEDULED, String.join("|",
                    "scheduled (?:to ship|to be shipped|for (?:a )?later)|pre-?order(?:ed)?|précommande|expédition ultérieure",
                    "vorbestell\\p{L}*|später versandt|programad[oa]s? para|preventa")),
            Map.entry(Status.DELIVERED, String.join("|",
                    "delivered", "received" + NOT_ABOUT_GOODS, "in your hands|dropped (?:it |them )?off|signed for|handed to you",
                    "(?:is|are|was|were) (?:now |already |safely )?with you|in your possession",
                    // Arrival said without a status verb: where it lies, or that the customer has it.
                    "(?:sitting |waiting |lying )?(?:in|at|on) your (?:mailbox|letterbox|letter box|mail box|door|doorstep|porch|front door|home|house)",
                    "(?:dropped|left|placed|put)(?: (?!to )\\p{L}+){0,4} (?:at|on|in) your",
                    "(?:reached|got to) you|you (?:should |will |would )?(?:already |now )?have (?:it|them|everything|all|the|your|both)(?= |$|[.,;!])",
                    "land(?:ed|s)? (?:on|at|in) your|made it to (?:you|your)|(?:and|now|already|safely) with you|(?:is|are|was|has been) (?:now )?"
                            + "(?:complete|completed|fulfill?ed|finished|done)(?! (?:by|with|in|on)\\b)",
                    "(?:vous )?(?:est|sont) parvenue?s?|déposée?s? (?:chez vous|à votre (?:adresse|porte|domicile))|(?:est|a été) (?:terminée?|complétée?)",
                    "(?:bei ihnen|an sie) (?:abgegeben|übergeben|angekommen)|(?:ist|wurde) (?:abgeschlossen|erledigt|vollständig)",
                    "(?:le|les) (?:llegó|llegaron)|(?:está|fue|ha sido) (?:completad[oa]|finalizad[oa])",
                    "you (?:already |now )?have",
                    "(?:est|sont) (?:déjà |bien )?chez vous|(?:déjà|bien) chez vous|dans votre boîte aux lettres|devant votre porte",
                    "(?:ist|sind) (?:schon |bereits )?bei ihnen|(?:schon|bereits) bei ihnen|in ihrem briefkasten|vor ihrer tür",
                    "(?:ist|sind) (?:schon |bereits |jetzt |nun )?da(?![\\p{L}])",
                    "(?:está|están) (?:ya )?en (?:su|tu) (?:casa|domicilio|buzón)|ya (?:está|están) en (?:su|tu)|en (?:su|tu) buzón|ya (?:lo|la|los|las) tiene",
                    "livrée?s?|reçue?s?(?!\\s+(?:votre|vos|ton|tes) (?:message|mail|e-mail|courriel|demande|question))",
                    "distribuée?s?|remise?s? (?:en mains propres|à votre adresse)",
                    "zugestellt|geliefert|ausgeliefert",
                    "(?:se )?entreg(?:ó|aron|amos)|entregad[oa]s?|recibid[oa]s?(?!\\s+(?:su|tu|sus) (?:mensaje|correo|consulta|solicitud|pregunta))")),
            Map.entry(Status.ARRIVED, String.join("|",
                    "arrived|reached (?:its|their|the) (?:destination|pickup point|parcel shop|relay point|post office)",
                    "(?<!d'|l'|d’|l’)arrivée?s?", "angekommen|eingetroffen",
                    // "date d'arrivée", "fecha de llegada": the noun names a day, it says nothing has arrived
                    "(?<!de |la |su |una )llegad[oa]s?|llegó|llegaron")),
            Map.entry(Status.SHIPPED, String.join("|",
                    "shipped|dispatched|sent(?: out| off)?" + NOT_ABOUT_GOODS,
                    "(?:we(?:" + APOS + "re| are)|i(?:" + APOS + "m| am)) (?:now |currently |just )?(?:sending|shipping|dispatching|posting"
                            + "|mailing)(?: out)?" + NOT_ABOUT_GOODS,
                    "left (?:our|the) (?:warehouse|facility|store|shop|premises)|left us|handed (?:over )?to (?:the carrier|ups|usps|dhl|fedex)",
                    "(?:went|gone|has gone|have gone) out|(?<!keep you )posted|mailed|in the (?:mail|post)(?![\\p{L}])",
                    "postée?s?|partie?s? de (?:notre |l')entrepôt|(?:est|sont|n['’]est|ne sont) (?:pas )?(?:encore |déjà |bien )?partie?s?(?! (?:de|du|des) )|aufgegeben|(?:ist|sind) (?:schon |bereits )?raus|auf dem postweg",
                    "(?:se )?est(?:á|án) enviando|se envía(?:n)?",
                    "expédiée?s?|envoyée?s?(?!\\s+(?:un|une|le|la|votre) (?:e-?mail|message|courriel|lien|code))",
                    "(?:est|sont|a été|ont été|déjà) partie?s?|a quitté (?:notre|l')entrepôt|ont quitté (?:notre|l')entrepôt",
                    "remise?s? au transporteur|pris en charge par",
                    "versandt|versendet|verschickt|abgeschickt|losgeschickt|(?:hat|haben) (?:unser|das) lager verlassen",
                    "an (?:den |die )?(?:versanddienstleister|paketdienst|ups|usps|dhl|dpd|gls|hermes) übergeben",
                    "enviad[oa]s?(?!\\s+(?:un|el|su) (?:correo|mensaje|email|enlace|código))|despachad[oa]s?|expedid[oa]s?",
                    "ha salido|han salido|salió|salieron|se envi(?:ó|aron)|(?:le |se lo |se la )?envi(?:amos|aron)"
                            + "|despach(?:ó|aron|amos)")),
            Map.entry(Status.IN_TRANSIT, String.join("|",
                    "on (?:its|their|the) way|in transit|en route|with the carrier|travel?ling to you",
                    "(?:heading|headed|moving|making (?:its|their) way|travell?ing)(?: \\p{L}+){0,2} (?:your way|to you|towards you"
                            + "|through|across|via)|coming your way|on the move",
                    "en chemin|(?:se dirige|voyage|circule|arrive) vers vous|fait route",
                    "auf dem weg|(?:ist|sind) zu ihnen unterwegs|rollt zu ihnen",
                    "va(?:n)? de camino|viaja(?:n)? hacia|se dirige(?:n)? a",
                    "on (?:the|a) (?:delivery |mail )?(?:van|truck|lorry)|with the (?:mail |postal )?(?:carrier|courier|postman|mail carrier)"
                            + "|handed (?:over )?to (?:the|a) (?:mail |postal )?(?:carrier|courier|postman|post office|mail carrier)",
                    "dans le camion(?: de livraison)?|im (?:liefer)?wagen|en el camión(?: de reparto)?",
                    "en (?:cours d'acheminement|transit|chemin)|acheminée?s?",
                    "unterwegs|auf dem weg|im transit|in transit|beim (?:versanddienstleister|paketdienst|zusteller)",
                    "en camino|en tránsito|en transito|en ruta|de camino|en trayecto")),
            Map.entry(Status.OUT_FOR_DELIVERY, String.join("|",
                    "out for (?:local )?delivery|with the (?:driver|courier) today",
                    "en cours de livraison|en tournée de livraison|en (?:cours de )?distribution",
                    "in (?:der )?(?:lokalen )?zustellung|in auslieferung|wird heute zugestellt",
                    "en reparto|salió a reparto|en proceso de entrega")),
            Map.entry(Status.READY_FOR_PICKUP, String.join("|",
                    "ready (?:for|to be) (?:pick ?-?up|picked up|collect(?:ed|ion))|ready to (?:collect|pick up)",
                    "(?:can|may) (?:now )?be (?:picked up|collected)|(?:you )?can (?:now )?(?:come (?:and |to |by and )?)?"
                            + "(?:pick (?:it |them )?up|collect)",
                    "waiting (?:for you )?at (?:the|a|your) (?:pick ?-?up|collection|parcel) (?:point|location|shop|store|locker)",
                    "available for (?:pick ?-?up|collection)",
                    "(?:waiting|available|ready|held|sitting|lying)(?: for you)? (?:at|in) (?:the|a|your) (?:local )?(?:post office|depot|locker)"
                            + "|awaiting (?:collection|pick ?-?up)"
                            + "|(?:waiting|held) for (?:pick ?-?up|collection)",
                    "prête?s? à être retirée?s?|à retirer|disponibles? (?:en|au|dans (?:le|votre)) (?:point relais|point de retrait"
                            + "|bureau de poste|casier)|vous attend(?:ent)? (?:en|au|dans (?:le|votre)) (?:point relais|point de retrait"
                            + "|bureau de poste|casier)|disponibles? (?:au|pour le) retrait|prête?s? pour le retrait"
                            + "|(?:pouvez|pourrez) (?:dès à présent |dès maintenant |maintenant |désormais )?(?:venir |aller |passer )?"
                            + "(?:le |la |les )?retirer",
                    "abholbereit|zur abholung bereit|bereit zur abholung|liegt(?: \\p{L}+){0,4} zur abholung"
                            + "|kann(?: \\p{L}+){0,6} abgeholt werden|können(?: \\p{L}+){0,6} abholen",
                    "list[oa]s? para (?:recoger|retirar|recogida)|disponibles? para (?:recoger|retirar|recogida)"
                            + "|puede recogerl[oa]s?|puede (?:pasar a )?recoger")),
            Map.entry(Status.PICKED_UP, String.join("|",
                    "picked up|collected",
                    "retirée?s?|récupérée?s?|(?:le )?retrait (?:[^.!?\\n]{0,60}? )?a été (?:enregistré|effectué)",
                    "abgeholt", "(?:ha|han|he|hemos|fue|fueron|ya) (?:sido )?(?:recogid[oa]s?|retirad[oa]s?)|recogió|recogieron|retiró|retiraron")),
            Map.entry(Status.TRACKING, String.join("|",
                    "tracking(?: (?:numbers?|no\\.?|links?|details|info(?:rmation)?|codes?|page|url))?"
                            + "|track (?:it|them|your \\p{L}+|the \\p{L}+)|you can track",
                    "(?:numéros?|liens?|informations?|codes?|page) de suivi|suivre (?:l" + APOS + "envoi|l" + APOS + "acheminement"
                            + "|le colis|les colis|vos colis|votre colis|votre commande|votre envoi|son acheminement)"
                            + "|(?:le|la|les) suivre",
                    "sendungsnummer(?:n)?|sendungsverfolgung|tracking-?(?:nummer|link|code)|verfolgungs(?:nummer|link)"
                            + "|(?:nach)?verfolgen",
                    "(?:números?|enlaces?|información|código|página|datos) de (?:seguimiento|rastreo)|rastrear(?:l[oa]s?)?"
                            + "|rastreo|seguirl[oa]s? (?:aquí|en)")),
            Map.entry(Status.PREPARING, String.join("|",
                    "being prepared|being packed|(?:is|are|been) packed|preparing (?:it|them|your)"
                            + "|(?:we(?:" + APOS + "re| are)|i(?:" + APOS + "m| am)) (?:now |currently |still )?(?:preparing|packing)"
                            + "|label (?:has been |was )?(?:created|printed)",
                    "en (?:cours de )?préparation|nous (?:les |le |la |l'|vous )?(?:préparons|sommes en train de (?:les |le |la )?préparer)",
                    "wird (?:gerade )?(?:vorbereitet|verpackt)|in vorbereitung|(?:wir )?bereiten[^.!?\\n]{0,80}? vor",
                    "en preparación|(?:se est[aá]n?|l[oa]s? estamos|estamos) preparando|preparamos")),
            Map.entry(Status.DELAYED, String.join("|",
                    "delayed|running late|held up", "retardée?s?|en retard",
                    "verspätet|verzögert", "retrasad[oa]s?|con retraso")),
            Map.entry(Status.ON_HOLD, String.join("|",
                    "on hold|held back|blocked|paused", "en suspens|bloquée?s?|mise?s? en attente",
                    "zurückgehalten|angehalten|gesperrt|blockiert|auf eis gelegt",
                    "retenid[oa]s?|bloquead[oa]s?|en pausa")),
            Map.entry(Status.CANCELLED, "cancell?ed|called off|cancell?ation|annulée?s?|annulation|storniert|storno|annulliert"
                    + "|cancelad[oa]s?|anulad[oa]s?|cancelación"),
            Map.entry(Status.REFUNDED, "refunded|reimbursed|remboursée?s?|(?:rück|zurück)?erstattet|reembolsad[oa]s?"),
            Map.entry(Status.DELIVERY_ATTEMPTED, String.join("|",
                    "tried to deliver|attempted (?:to deliver|delivery)|delivery attempt",
                    "(?:a )?(?:essayé|tenté) de (?:le |la |les |vous )?livrer|tentative de livraison",
                    "zustellversuch|versucht(?:e)?,?(?: \\p{L}+){0,3} zuzustellen",
                    "intent(?:ó|aron) entregar|intento de entrega")),
            Map.entry(Status.UNVERIFIABLE, String.join("|",
                    "lost|missing|damaged|broken|stolen|returned to (?:the )?sender|sent back|(?:stuck|held) (?:in|at) customs",
                    "(?:gone|went) missing|misplaced|disparue?s?|verschwunden|unauffindbar|desaparecid[oa]s?|se (?:extravió|perdió)"
                            + "|extravi\\p{L}*",
                    "customs|back-?order(?:ed)?|out of stock|sold out|discontinued",
                    "perdue?s?|égarée?s?|endommagée?s?|abîmée?s?|volée?s?|retournée?s? à l'expéditeur|douane|rupture de stock",
                    "verloren|beschädigt|gestohlen|zurückgesandt|zurückgeschickt|an den absender|zoll|nicht (?:mehr )?vorrätig"
                            + "|ausverkauft|nachbestellt",
                    "perdid[oa]s?|extraviad[oa]s?|dañad[oa]s?|robad[oa]s?|devuelt[oa]s? al remitente|aduana|agotad[oa]s?"
                            + "|sin (?:stock|existencias)")));

    private static final List<Map.Entry<Status, Pattern>> PATTERNS = PHRASES.entrySet().stream()
            .map(entry -> Map.entry(entry.getKey(), Pattern.compile("(?iu)" + B + "(?:" + entry.getValue() + ")" + E)))
            .toList();

    /** "Yet" in the clause of a denied status: "not shipped yet", "pas encore", "noch nicht", "todavía no" — it is still to come. */
    static final Pattern YET = Pattern.compile("(?iu)" + B + "(?:yet|still|encore|noch|todav[ií]a|a[uú]n)" + E);

    /** Words that deny what follows them within a few words: "has not shipped", "n'a pas été livré", "noch nicht". */
    private static final Pattern DENIAL = Pattern.compile("(?iu)" + B + "(?:not|never|no longer|yet to|no|none|nothing|neither|nor"
            + "|without|won" + APOS + "t|pas|jamais|plus|aucune?|ni|nicht|kein(?:e[nmrs]?)?|nie|niemals|nunca|jamás|tampoco"
            + "|ning[uú]n[oa]?|sin|todavía no|aún no)" + E + "|n" + APOS + "t" + E);
    /** A denial inside a phrase: "will not be delivered", "sollte nicht zugestellt werden". */
    private static final Pattern DENIAL_WITHIN = Pattern.compile("(?iu)" + B + "(?:not|won" + APOS + "t|wont|pas|nicht|nie|kein\\p{L}*)"
            + E + "|n" + APOS + "t" + E);
    /** Words after which a status is supposed, not stated: "we'll tell you as soon as it has shipped". */
    static final Pattern SUPPOSITION = Pattern.compile("(?iu)" + B + "(?:as soon as|once(?! again| more)|when(?:ever)?|if|whether"
            + "|until|unless|in case|dès que|dès qu|lorsque|lorsqu|quand|une fois que|une fois qu|si|s'il|s'ils|jusqu'à ce que"
            + "|à moins que|sobald|wenn|falls|ob|sofern|en cuanto|cuando|una vez que|hasta que|a menos que|apenas"
            + "|tan pronto como)" + E);
    /**
     * A subject that is nothing at all denies however far from its verb: "Ningún artículo de su pedido #1187 ha sido enviado",
     * "Weder die Matte noch die Schere wurden verschickt", "neither the mat nor the scissors have shipped".
     */
    private static final Pattern NO_SUBJECT = Pattern.compile("(?iu)" + B + "(?:none|nothing|ning[uú]n[oa]?|nada|kein(?:e[nmrs]?)?|nichts"
            + "|aucune?|rien|neither|weder|ni (?:le|la|les|l'|vos|votre)|ni (?:el|la|los|las|su|sus))" + E);
    /** How far back a denial reaches: "Ningún artículo de su pedido ha sido enviado". */
    private static final int DENIAL_WORDS = 6;
    /** A denial before one of these belongs to another statement: "we could not check it, but it was delivered". */
    private static final Pattern CONJUNCTION = Pattern.compile("(?iu)" + B + "(?:but|and|mais|et|aber|sondern|und|pero|sino|y)" + E);
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+");

    private StatusWords() {
    }

    /** Every status stated in {@code text}, in order, none overlapping; the longest phrase wins where two start together. */
    static List<Mention> in(String text) {
        List<Mention> found = new ArrayList<>();
        for (var entry : PATTERNS) {
            Matcher m = entry.getValue().matcher(text);
            while (m.find()) {
                found.add(new Mention(m.start(), m.end(), entry.getKey(), false));
            }
        }
        found.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<Mention> chosen = new ArrayList<>();
        int end = -1;
        for (Mention mention : found) {
            if (mention.start() >= end) {
                chosen.add(mention);
                end = mention.end();
            }
        }
        return chosen;
    }

    /** Whether a denial sits within the mention itself ("won't be delivered") or in the few words before it. */
    static boolean denied(String text, Mention mention, int from) {
        if (DENIAL_WITHIN.matcher(text.substring(mention.start(), mention.end())).find()) {
            return true;
        }
        String before = text.substring(Math.max(from, 0), mention.start());
        Matcher conjunction = CONJUNCTION.matcher(before);
        while (conjunction.find()) {
            before = before.substring(conjunction.end());
            conjunction = CONJUNCTION.matcher(before);
        }
        if (NO_SUBJECT.matcher(before).find()) {
            return true;
        }
        List<String> words = WORD.matcher(before).results().map(MatchResult::group).toList();
        String window = String.join(" ", words.subList(Math.max(0, words.size() - DENIAL_WORDS), words.size()));
        return DENIAL.matcher(window).find();
    }
}

package dev.gorgiasbridge.adapters.ai;

/**
 * Why the template drafted instead of the model. A closed list, so counting drafts by reason stays cheap
 * and an operator can read every value; details go to the log.
 */
public enum FallbackReason {
    EMPTY("empty answer", false),
    TOO_SHORT("answer too short", false),
    TOO_LONG("answer too long", false),
    CUT_OFF("answer cut off", false),
    ORDER_NAME_NOT_IN_FACTS("order name not in the facts", false),
    TRACKING_NUMBER_NOT_IN_FACTS("tracking number not in the facts", false),
    LINK_NOT_IN_FACTS("link not in the facts", false),
    CARRIER_NOT_IN_FACTS("carrier not in the facts", false),
    MONETARY_PROMISE("monetary promise", false),
    STATUS_NOT_IN_FACTS("status not supported by the facts", false),
    DATE_NOT_IN_FACTS("date not in the facts", false),
    AMOUNT_NOT_IN_FACTS("amount of money not in the facts", false),
    NUMBER_NOT_IN_FACTS("number not in the facts", false),
    CONTACT_NOT_IN_FACTS("phone number or e-mail address not in the facts", false),
    MARKUP("markup or link syntax", false),
    PROMPT_ECHO("instructions or prompt text echoed", false),
    PLACEHOLDER("unfilled placeholder", false),
    INTERNAL_DETAILS("credentials or system details mentioned", false),
    WRONG_LANGUAGE("answer not in the reply language", false),
    LANGUAGE_NOT_CHECKED("answer in a language the guardrails cannot check", false),
    BUDGET_EXHAUSTED("request budget exhausted", false),
    BUDGET_UNAVAILABLE("request budget could not be checked", false),
    CIRCUIT_OPEN("AI circuit open", false),
    TIMEOUT("AI service timed out", true),
    THROTTLED("AI service throttled", true),
    UNAVAILABLE("AI service unavailable", true),
    REFUSED("AI service refused the request", false),
    MALFORMED("malformed AI answer", false);

    private final String description;
    private final boolean unavailability;

    FallbackReason(String description, boolean unavailability) {
        this.description = description;
        this.unavailability = unavailability;
    }

    /** How the note's outcome and the counters name it. */
    public String description() {
        return description;
    }

    /** Whether it says the service is struggling, which is what opens the circuit breaker. */
    boolean isUnavailability() {
        return unavailability;
    }
}

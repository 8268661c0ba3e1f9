package dev.gorgiasbridge.domain.reply;

/** Which drafter wrote a suggested reply, so the agent knows how much to trust its wording. */
public enum DraftSource {
    /** The deterministic template, built only from the looked-up facts. */
    TEMPLATE("template"),
    /** A language model, through the AI adapter. */
    AI("AI");

    private final String label;

    DraftSource(String label) {
        this.label = label;
    }

    /** How the note names the drafter. */
    public String label() {
        return label;
    }
}

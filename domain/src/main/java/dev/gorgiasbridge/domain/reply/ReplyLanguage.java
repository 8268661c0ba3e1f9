package dev.gorgiasbridge.domain.reply;

import java.util.Arrays;
import java.util.Optional;

/** The languages the template drafter writes, each with its wording. */
public enum ReplyLanguage {
    ENGLISH("en"), FRENCH("fr"), GERMAN("de"), SPANISH("es");

    private final String code;

    ReplyLanguage(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, e.g. "fr". */
    public String code() {
        return code;
    }

    static Optional<ReplyLanguage> forCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }

    Wording wording() {
        return switch (this) {
            case ENGLISH -> English.WORDING;
            case FRENCH -> French.WORDING;
            case GERMAN -> German.WORDING;
            case SPANISH -> Spanish.WORDING;
        };
    }
}

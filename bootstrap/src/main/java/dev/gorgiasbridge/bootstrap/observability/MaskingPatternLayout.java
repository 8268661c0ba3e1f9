package dev.gorgiasbridge.bootstrap.observability;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The text log layout with every secret masked, message and stack trace alike. */
final class MaskingPatternLayout extends PatternLayout {
    private final Redactions redactions;

    MaskingPatternLayout(Redactions redactions) {
        this.redactions = redactions;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return redactions.redact(super.doLayout(event));
    }
}

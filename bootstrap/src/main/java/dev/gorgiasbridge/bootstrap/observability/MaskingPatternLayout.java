package dev.gorgiasbridge.bootstrap.observability;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The text log layout with every secret masked, message and stack trace alike, and the message kept on its
 * line (CR and LF escaped, see OneLineMessageConverter): one event, one line, whatever text it quotes.
 */
final class MaskingPatternLayout extends PatternLayout {
    private final Redactions redactions;

    MaskingPatternLayout(Redactions redactions) {
        this.redactions = redactions;
        for (String word : new String[] {"m", "msg", "message"}) {
            getInstanceConverterMap().put(word, OneLineMessageConverter::new);
        }
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return redactions.redact(super.doLayout(event));
    }
}

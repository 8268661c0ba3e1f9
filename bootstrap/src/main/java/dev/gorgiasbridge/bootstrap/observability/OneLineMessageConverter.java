package dev.gorgiasbridge.bootstrap.observability;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message on one line: CR and LF are written as {@code \r} and {@code \n}, so a value from outside
 * (a subject, an upstream error message) cannot end the line and start a forged one in text-format logs.
 */
final class OneLineMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return escape(super.convert(event));
    }

    static String escape(String message) {
        if (message == null || message.indexOf('\n') < 0 && message.indexOf('\r') < 0) {
            return message;
        }
        return message.replace("\r", "\\r").replace("\n", "\\n");
    }
}

package dev.gorgiasbridge.bootstrap.observability;

import dev.gorgiasbridge.application.processing.port.out.LogContext;
import java.util.Map;
import org.slf4j.MDC;

/** Log fields through SLF4J's MDC, which the text and JSON layouts print on every line. */
public final class MdcLogContext implements LogContext {

    @Override
    public Scope open(Map<String, String> fields) {
        fields.forEach(MDC::put);
        return () -> fields.keySet().forEach(MDC::remove);
    }
}

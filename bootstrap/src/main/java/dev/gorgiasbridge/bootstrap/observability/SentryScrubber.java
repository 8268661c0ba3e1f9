package dev.gorgiasbridge.bootstrap.observability;

import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions;
import io.sentry.protocol.Message;
import io.sentry.protocol.SentryException;

/**
 * The last look at an error report before it leaves: secrets masked in its message and exception texts,
 * and never a request (this service's requests carry customer messages and credentials).
 */
final class SentryScrubber implements SentryOptions.BeforeSendCallback {
    private final Redactions redactions;

    SentryScrubber(Redactions redactions) {
        this.redactions = redactions;
    }

    @Override
    public SentryEvent execute(SentryEvent event, Hint hint) {
        event.setRequest(null);
        Message message = event.getMessage();
        if (message != null) {
            message.setMessage(redactions.redact(message.getMessage()));
            message.setFormatted(redactions.redact(message.getFormatted()));
            if (message.getParams() != null) {
                message.setParams(message.getParams().stream().map(redactions::redact).toList());
            }
        }
        if (event.getExceptions() != null) {
            for (SentryException exception : event.getExceptions()) {
                exception.setValue(redactions.redact(exception.getValue()));
            }
        }
        if (event.getBreadcrumbs() != null) {
            event.getBreadcrumbs().forEach(crumb -> crumb.setMessage(redactions.redact(crumb.getMessage())));
        }
        return event;
    }
}

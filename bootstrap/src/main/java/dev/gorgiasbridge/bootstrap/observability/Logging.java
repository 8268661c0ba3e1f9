package dev.gorgiasbridge.bootstrap.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import dev.gorgiasbridge.bootstrap.config.Secret;
import dev.gorgiasbridge.bootstrap.config.Settings;
import io.sentry.SentryOptions;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import io.sentry.logback.SentryAppender;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets logging up from the settings (docs/runbook.md): JSON lines (logstash-logback-encoder) or readable
 * text on standard output, with secrets masked either way and the MDC fields (request, event and ticket
 * ids) on every line; errors reported to Sentry when {@code SENTRY_DSN} is set.
 */
public final class Logging {
    static final String TEXT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{30} %mdc - %msg%n";
    private static final String APPENDER = "CONSOLE";

    private Logging() {
    }

    public static void configure(Settings settings, String release) {
        configure(settings, release, System.out);
    }

    /** As above, writing to {@code out} instead of standard output. */
    public static void configure(Settings settings, String release, OutputStream out) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Redactions redactions = Redactions.of(settings);
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        var console = new OutputStreamAppender<ILoggingEvent>();
        console.setContext(context);
        console.setName(APPENDER);
        console.setOutputStream(new NonClosing(out));
        console.setEncoder(settings.logFormat() == Settings.LogFormat.JSON ? json(context, redactions) : text(context, redactions));
        console.start();
        var previous = root.getAppender(APPENDER);
        root.detachAppender(APPENDER);
        if (previous != null) {
            previous.stop();
        }
        root.addAppender(console);
        settings.sentryDsn().map(Secret::value).ifPresent(dsn -> root.addAppender(sentry(context, dsn, settings, release, redactions)));
    }

    /** Standard output must outlive a reconfiguration, which closes the old appender's stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static Encoder<ILoggingEvent> json(LoggerContext context, Redactions redactions) {
        var masks = new MaskingJsonGeneratorDecorator();
        masks.setDefaultMask(Redactions.MASK);
        redactions.regexes().forEach(masks::addValue);
        // Tokens learnt while running are not known now: a masker that looks them up for every value.
        masks.addValueMasker((jsonContext, value) -> value instanceof String text
                && !RuntimeSecrets.mask(text, Redactions.MASK).equals(text) ? RuntimeSecrets.mask(text, Redactions.MASK) : null);
        masks.start();
        var encoder = new LogstashEncoder();
        encoder.setContext(context);
        encoder.addDecorator(masks);
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> text(LoggerContext context, Redactions redactions) {
        var layout = new MaskingPatternLayout(redactions);
        layout.setContext(context);
        layout.setPattern(TEXT_PATTERN);
        layout.start();
        var encoder = new LayoutWrappingEncoder<ILoggingEvent>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }

    /** Unexpected errors (ERROR lines) to Sentry, tagged with environment and release, scrubbed of secrets. */
    private static SentryAppender sentry(LoggerContext context, String dsn, Settings settings, String release,
                                         Redactions redactions) {
        var options = new SentryOptions();
        options.setDsn(dsn);
        options.setEnvironment(settings.env().wireName());
        options.setRelease("gorgias-bridge@" + release);
        options.setSendDefaultPii(false);
        options.setBeforeSend(new SentryScrubber(redactions));
        var appender = new SentryAppender();
        appender.setContext(context);
        appender.setName("SENTRY");
        appender.setOptions(options);
        appender.setMinimumEventLevel(Level.ERROR);
        appender.setMinimumBreadcrumbLevel(Level.INFO);
        appender.start();
        return appender;
    }
}

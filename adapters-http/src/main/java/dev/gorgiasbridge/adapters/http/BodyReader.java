package dev.gorgiasbridge.adapters.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * Reads a webhook body into one buffer, within the size limit and before a deadline, handing every chunk
 * to a listener as it arrives (the signature check), so the body is neither buffered twice nor held
 * longer than the deadline by a sender that stalls or trickles.
 *
 * <p>A blocked read is bounded through the connection's idle timeout (Jetty's {@link EndPoint}), set
 * before every read to the time left, and restored afterwards so a kept-alive connection idles as usual.
 */
final class BodyReader {
    private static final int INITIAL_BUFFER = 8 * 1024;

    /** What reading gave. */
    sealed interface Outcome {
        /** The whole body. */
        record Read(byte[] body) implements Outcome {
        }

        /** More than the limit arrived (or was declared). */
        record TooLarge() implements Outcome {
        }

        /** The body did not arrive before the deadline. */
        record TimedOut() implements Outcome {
        }

        /** The body could not be read (the connection broke, or it was shorter than declared). */
        record Broken(String why) implements Outcome {
        }
    }

    /** Receives each chunk as it is read. */
    @FunctionalInterface
    interface ChunkListener {
        ChunkListener NONE = (chunk, offset, count) -> { };

        void chunk(byte[] chunk, int offset, int count);
    }

    private final long maxBytes;
    private final Duration timeout;

    BodyReader(long maxBytes, Duration timeout) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    Outcome read(HttpServletRequest request, ChunkListener listener) {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            return new Outcome.TooLarge();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<EndPoint> endPoint = endPoint(request);
        long idleTimeout = endPoint.map(EndPoint::getIdleTimeout).orElse(0L);
        byte[] buffer = new byte[declared >= 0 ? (int) declared : (int) Math.min(INITIAL_BUFFER, maxBytes + 1)];
        int length = 0;
        try (InputStream in = request.getInputStream()) {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return new Outcome.TimedOut();
                }
                endPoint.ifPresent(e -> e.setIdleTimeout(Math.max(1, Duration.ofNanos(left).toMillis())));
                if (length == buffer.length) {
                    if (declared >= 0 || length > maxBytes) {
                        // A declared length is the whole body: only the end of the stream may follow.
                        if (in.read() == -1) {
                            return new Outcome.Read(buffer);
                        }
                        return new Outcome.TooLarge();
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, maxBytes + 1));
                }
                int n = in.read(buffer, length, buffer.length - length);
                if (n == -1) {
                    break;
                }
                listener.chunk(buffer, length, n);
                length += n;
                if (length > maxBytes) {
                    return new Outcome.TooLarge();
                }
            }
        } catch (IOException e) {
            if (System.nanoTime() - deadline >= 0 || causedByTimeout(e)) {
                return new Outcome.TimedOut();
            }
            return new Outcome.Broken(e.toString());
        } finally {
            endPoint.ifPresent(e -> e.setIdleTimeout(idleTimeout));
        }
        if (declared >= 0 && length < declared) {
            return new Outcome.Broken("the body ended after " + length + " of " + declared + " declared bytes");
        }
        return new Outcome.Read(length == buffer.length ? buffer : Arrays.copyOf(buffer, length));
    }

    private static Optional<EndPoint> endPoint(HttpServletRequest request) {
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
        if (jetty == null || jetty.getConnectionMetaData().getConnection() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(jetty.getConnectionMetaData().getConnection().getEndPoint());
    }

    private static boolean causedByTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}

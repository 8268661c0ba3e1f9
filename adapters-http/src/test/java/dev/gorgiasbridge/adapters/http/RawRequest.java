package dev.gorgiasbridge.adapters.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A webhook written on a plain socket, so a test can send the headers and only part of the body (or none),
 * as a stalled or hostile sender does, and see what the server answers meanwhile.
 */
final class RawRequest implements AutoCloseable {
    private final Socket socket;

    private RawRequest(Socket socket) {
        this.socket = socket;
    }

    /** Sends the request line and headers declaring {@code contentLength}, then {@code bodyPart} (maybe less). */
    static RawRequest send(int port, Map<String, String> headers, long contentLength, byte[] bodyPart) {
        try {
            var socket = new Socket(InetAddress.getLoopbackAddress(), port);
            var head = new StringBuilder("POST " + GorgiasWebhookEndpoint.PATH + "?event=ticket-message-created HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1\r\nContent-Type: application/json\r\n")
                    .append("Content-Length: ").append(contentLength).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(bodyPart);
            out.flush();
            return new RawRequest(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status of the answer, if one arrives within {@code patience} (the body is still unsent). */
    Optional<Integer> status(Duration patience) {
        try {
            socket.setSoTimeout((int) patience.toMillis());
            InputStream in = socket.getInputStream();
            var line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                line.append((char) c);
            }
            String[] parts = line.toString().split(" ");
            return parts.length > 1 ? Optional.of(Integer.parseInt(parts[1])) : Optional.empty();
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a test connection that may already be closed by the server
        }
    }
}

package dev.gorgiasbridge.adapters.persistence.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay to the test Redis that a test can cut (open connections reset, new ones refused) and
 * restore on the same port: a Redis outage and its return, without stopping the Redis other tests share.
 */
final class SeverableLink implements AutoCloseable {
    private final URI target;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    private SeverableLink(URI target, int port) {
        this.target = target;
        this.port = port;
    }

    static SeverableLink to(URI redis) {
        try (var probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var link = new SeverableLink(redis, probe.getLocalPort());
            probe.close();
            link.restore();
            return link;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Redis URL through this link, keeping the target's database number. */
    URI url() {
        return URI.create("redis://127.0.0.1:" + port + (target.getPath() == null ? "" : target.getPath()));
    }

    void cut() {
        closeQuietly(listener);
        open.forEach(SeverableLink::closeQuietly);
        open.clear();
    }

    void restore() {
        try {
            var server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = server;
            Thread.ofVirtual().start(() -> accept(server));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(target.getHost(), target.getPort() == -1 ? 6379 : target.getPort());
                open.add(client);
                open.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream));
                Thread.ofVirtual().start(() -> pump(upstream, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException cut) {
            // one side closed: the other follows below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
    }
}

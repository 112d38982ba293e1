package io.capbrief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on a loopback port that accepts every connection and then neither reads nor writes: a
 * stuck relay, or a firewall that lets the handshake through and drops the rest. Its connections
 * stay open until it is closed.
 */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;
    private final byte[] first;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    private SilentServer(ServerSocket socket, byte[] first, boolean accepting) {
        this.socket = socket;
        this.first = first;
        if (accepting) {
            Thread acceptor = new Thread(this::acceptAll, "silent-server-" + socket.getLocalPort());
            acceptor.setDaemon(true);
            acceptor.start();
        }
    }

    /** On a free port. */
    public static SilentServer start() {
        return on(0);
    }

    /** On the given port: where a real server was, to stand in for it. */
    public static SilentServer on(int port) {
        return new SilentServer(bind(port), new byte[0], true);
    }

    /** On a free port, a server that starts to answer each connection with these bytes, and then stalls. */
    public static SilentServer stallingAfter(String first) {
        return new SilentServer(bind(0), first.getBytes(StandardCharsets.US_ASCII), true);
    }

    /**
     * On a free port, a server that accepts nothing and whose queue of connections waiting to be
     * accepted is full, so that the system drops a new connection's first packet: a connection to
     * it never completes, like one to a host behind a firewall that drops it. Empty when this
     * system refuses such a connection instead (so a test can skip).
     */
    public static Optional<SilentServer> withFullBacklog() {
        SilentServer server = new SilentServer(bind(0, 1), new byte[0], false);
        for (int i = 0; i < 8; i++) {
            Socket filler = new Socket();
            server.accepted.add(filler);
            try {
                filler.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 200);
            } catch (SocketTimeoutException e) {
                return Optional.of(server); // the queue is full
            } catch (IOException e) {
                break;
            }
        }
        server.close();
        return Optional.empty();
    }

    private static ServerSocket bind(int port) {
        return bind(port, 50);
    }

    private static ServerSocket bind(int port, int backlog) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** How many connections it has accepted (with a full backlog, the connections that fill it). */
    public int connections() {
        return accepted.size();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                accepted.add(connection);
                connection.getOutputStream().write(first);
                connection.getOutputStream().flush();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
            for (Socket connection : accepted) {
                connection.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

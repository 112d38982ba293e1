package io.capbrief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on a loopback port that accepts every connection and then neither reads nor writes: a
 * stuck relay, or a firewall that lets the handshake through and drops the rest. Its connections
 * stay open until it is closed.
 */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    private SilentServer(ServerSocket socket) {
        this.socket = socket;
        Thread acceptor = new Thread(this::acceptAll, "silent-server-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** On a free port. */
    public static SilentServer start() {
        return on(0);
    }

    /** On the given port: where a real server was, to stand in for it. */
    public static SilentServer on(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return new SilentServer(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** How many connections it has accepted. */
    public int connections() {
        return accepted.size();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                accepted.add(socket.accept());
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

package io.capbrief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.ServerSetup;

/** A GreenMail SMTP setup on a free port: the machine is shared, and GreenMail's fixed test port 3025 may be taken. */
public final class TestSmtp {

    private TestSmtp() {}

    public static ServerSetup onFreePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.capbrief.deliver;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;

import org.eclipse.angus.mail.util.MailConnectException;

/**
 * What the delivery log says of a failed attempt. Jakarta Mail's own words for a timeout are
 * "Exception reading response", and for a refused connection they end in the timeout it was
 * given: an operator needs the timeout that ended the attempt and the server it was waiting for.
 */
final class SendFailure {

    private SendFailure() {}

    /**
     * @param server "host:port" of the SMTP server, for the message
     */
    static String describe(Throwable failure, MailSettings settings, String server) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof SocketTimeoutException && message.contains("connect")) {
                return "timed out after " + seconds(settings.connectTimeout()) + " connecting to " + server;
            }
            if (t instanceof SocketTimeoutException) {
                return "timed out after " + seconds(settings.readTimeout()) + " waiting for " + server + " to answer";
            }
            if (t instanceof IOException && message.contains("write timed out")) {
                return "timed out after " + seconds(settings.writeTimeout()) + " writing to " + server;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MailConnectException || t instanceof ConnectException) {
                Throwable root = root(t);
                return "could not connect to " + server + (root == t ? "" : ": " + root.getMessage());
            }
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    /** "60 s", or "500 ms" under a second. */
    static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private static Throwable root(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}

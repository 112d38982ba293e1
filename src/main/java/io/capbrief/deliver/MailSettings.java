package io.capbrief.deliver;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the briefing comes from, and how failed sends are retried; SMTP itself is configured with
 * Spring's {@code spring.mail.*}, recipients with the distribution lists.
 *
 * @param to recipients of the PDF outside any distribution list (the setting before lists existed)
 * @param connectTimeout the longest wait for the SMTP server to accept the connection
 * @param readTimeout the longest wait for any one reply of the server (its greeting included)
 * @param writeTimeout the longest one write to the server may block, an attachment's included
 */
@ConfigurationProperties("capbrief.mail")
public record MailSettings(String from, List<String> to, Retry retry, Duration connectTimeout, Duration readTimeout,
        Duration writeTimeout) {

    public MailSettings {
        to = to == null ? List.of() : List.copyOf(to);
        retry = retry == null ? new Retry(3, Duration.ofSeconds(2), 2.0) : retry;
        connectTimeout = positive("connect-timeout", connectTimeout, Duration.ofSeconds(10));
        readTimeout = positive("read-timeout", readTimeout, Duration.ofSeconds(60));
        writeTimeout = positive("write-timeout", writeTimeout, Duration.ofSeconds(60));
    }

    /**
     * The timeouts as Jakarta Mail properties, for plain SMTP and SMTP over TLS alike. Without them
     * it waits for ever: a server that accepts the connection and never answers would hang the job.
     */
    public Properties withTimeouts(Properties mail) {
        Properties properties = new Properties();
        properties.putAll(mail);
        for (String protocol : List.of("smtp", "smtps")) {
            properties.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(connectTimeout.toMillis()));
            properties.setProperty("mail." + protocol + ".timeout", String.valueOf(readTimeout.toMillis()));
            properties.setProperty("mail." + protocol + ".writetimeout", String.valueOf(writeTimeout.toMillis()));
        }
        return properties;
    }

    private static Duration positive(String key, Duration value, Duration otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (value.isNegative() || value.isZero()) {
            // Jakarta Mail reads 0 as "no timeout": exactly what these settings are there to prevent
            throw new IllegalArgumentException("capbrief.mail." + key + " must be above 0, not " + value);
        }
        return value;
    }

    /**
     * @param attempts sends per recipient before a delivery counts as failed
     * @param delay the wait before the second attempt
     * @param multiplier how much longer each following wait is
     */
    public record Retry(int attempts, Duration delay, double multiplier) {}
}

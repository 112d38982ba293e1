package io.capbrief.deliver;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the briefing comes from, and how failed sends are retried; SMTP itself is configured with
 * Spring's {@code spring.mail.*}, recipients with the distribution lists.
 *
 * @param to recipients of the PDF outside any distribution list (the setting before lists existed)
 */
@ConfigurationProperties("capbrief.mail")
public record MailSettings(String from, List<String> to, Retry retry) {

    public MailSettings {
        to = to == null ? List.of() : List.copyOf(to);
        retry = retry == null ? new Retry(3, Duration.ofSeconds(2), 2.0) : retry;
    }

    /**
     * @param attempts sends per recipient before a delivery counts as failed
     * @param delay the wait before the second attempt
     * @param multiplier how much longer each following wait is
     */
    public record Retry(int attempts, Duration delay, double multiplier) {}
}

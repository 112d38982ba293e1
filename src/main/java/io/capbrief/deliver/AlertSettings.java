package io.capbrief.deliver;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who is told when a week is held back ({@code capbrief.alerts.recipients}, beside the distribution lists in
 * {@code config/distribution.yml}): the operators, not the readers.
 */
@ConfigurationProperties("capbrief.alerts")
public record AlertSettings(List<String> recipients) {

    public AlertSettings {
        recipients = recipients == null ? List.of() : recipients.stream().map(String::trim).filter(a -> !a.isEmpty()).toList();
    }
}

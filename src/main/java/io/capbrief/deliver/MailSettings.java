package io.capbrief.deliver;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Who the briefing comes from and goes to; SMTP itself is configured with Spring's {@code spring.mail.*}. */
@ConfigurationProperties("capbrief.mail")
public record MailSettings(String from, List<String> to) {}

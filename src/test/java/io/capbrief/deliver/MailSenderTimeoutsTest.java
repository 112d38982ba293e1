package io.capbrief.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import io.capbrief.SilentServer;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Spring's mail sender, as serve's health check uses it, has the timeouts too. */
class MailSenderTimeoutsTest {

    @Test
    @Timeout(10) // without the timeouts the check would wait for ever
    void theSendersConnectionCheckGivesUpOnASilentServerAtTheReadTimeout() {
        MailSettings settings = new MailSettings("capbrief@example.com", List.of(), null, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSettings", settings);
        try (SilentServer silent = SilentServer.start()) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(silent.port());
            sender.getJavaMailProperties().setProperty("mail.smtp.localhost", "capbrief.test");

            new MailSenderTimeouts(beans.getBeanProvider(MailSettings.class)).postProcessBeforeInitialization(sender, "mailSender");

            assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.timeout", "1000")
                    .containsEntry("mail.smtps.connectiontimeout", "1000").containsEntry("mail.smtp.writetimeout", "1000")
                    .containsEntry("mail.smtp.localhost", "capbrief.test");
            assertThatThrownBy(sender::testConnection).isInstanceOf(MessagingException.class)
                    .hasRootCauseInstanceOf(java.net.SocketTimeoutException.class);
        }
    }
}

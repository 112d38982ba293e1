package io.capbrief.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.capbrief.store.DeliveryLog;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Delivery over a real SMTP server (GreenMail) and into the outbox, at most once per version and recipient. */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:mailer;DB_CLOSE_DELAY=-1"})
class BriefingMailerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);
    private static final MailSettings SETTINGS = new MailSettings("capbrief@example.com",
            List.of("pm@example.com", "desk@example.com"));

    @Autowired
    DeliveryLog log;

    @TempDir
    Path dir;

    private BriefingFiles files;

    @BeforeEach
    void renderedVersion() throws IOException {
        files = new BriefingFiles(dir.resolve("v1"));
        Files.createDirectories(files.dir());
        Files.write(files.pdf(), "%PDF-1.4 test".getBytes());
        Files.writeString(files.emailHtml(), "<html><body><p>The Russell 2000 rose 6.5%</p></body></html>");
        Files.writeString(files.emailText(), "The Russell 2000 rose 6.5%\n");
    }

    @Test
    void sendsEachRecipientTheSubjectBothBodiesAndThePdfOverSmtp() throws Exception {
        BriefingMailer mailer = mailer(smtpSender());

        List<BriefingMailer.Delivery> deliveries = mailer.deliver(WEEK, 1, files, dir.resolve("outbox"));

        assertThat(deliveries).extracting(BriefingMailer.Delivery::outcome).containsExactly("DELIVERED", "DELIVERED");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Small-cap briefing \u2014 week ending 2024-11-22");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("capbrief@example.com");
        String raw = GreenMailUtil.getWholeMessage(mail);
        assertThat(raw).contains("multipart/alternative", "text/plain", "text/html",
                "filename=capbrief-2024-11-22-v1.pdf", "application/pdf");
        assertThat(((Multipart) mail.getContent()).getCount()).isEqualTo(2); // the bodies, then the attachment
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    @Test
    void deliversAVersionToARecipientAtMostOnce() {
        BriefingMailer mailer = mailer(smtpSender());
        mailer.deliver(WEEK, 2, files, dir.resolve("outbox"));

        List<BriefingMailer.Delivery> again = mailer.deliver(WEEK, 2, files, dir.resolve("outbox"));

        assertThat(again).isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(log.outcome(WEEK, 2, "pm@example.com")).contains("DELIVERED");
    }

    @Test
    void recordsAFailureWhenTheServerIsDownAndDeliversOnTheNextAttempt() {
        smtp.stop();
        BriefingMailer mailer = mailer(smtpSender());

        assertThatThrownBy(() -> mailer.deliver(WEEK, 3, files, dir.resolve("outbox")))
                .isInstanceOf(BriefingDeliveryException.class)
                .hasMessageContaining("pm@example.com");
        assertThat(log.outcome(WEEK, 3, "pm@example.com")).contains("FAILED");

        smtp.start();
        assertThat(mailer.deliver(WEEK, 3, files, dir.resolve("outbox"))).hasSize(2);
        assertThat(log.outcome(WEEK, 3, "desk@example.com")).contains("DELIVERED");
    }

    @Test
    void writesOneEmlPerRecipientToTheOutboxWithoutSmtp() throws Exception {
        BriefingMailer mailer = mailer(null);

        mailer.deliver(WEEK, 4, files, dir.resolve("outbox"));

        Path eml = dir.resolve("outbox/2024-11-22-v4-pm@example.com.eml");
        assertThat(eml).exists();
        assertThat(dir.resolve("outbox/2024-11-22-v4-desk@example.com.eml")).exists();
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), Files.newInputStream(eml));
        assertThat(parsed.getSubject()).isEqualTo("Small-cap briefing \u2014 week ending 2024-11-22 (corrected, v4)");
        assertThat(parsed.getAllRecipients()[0].toString()).isEqualTo("pm@example.com");
    }

    private BriefingMailer mailer(JavaMailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mailSender", sender);
        }
        return new BriefingMailer(beans.getBeanProvider(JavaMailSender.class), log, SETTINGS);
    }

    private static JavaMailSender smtpSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(ServerSetupTest.SMTP.getPort());
        return sender;
    }
}

package io.capbrief.deliver;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.capbrief.report.EmailBodyRenderer;
import io.capbrief.store.DeliveryLog;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails a rendered briefing version to each recipient once: over SMTP when {@code spring.mail.host}
 * is set, otherwise as an {@code .eml} file in the outbox folder.
 */
@Component
public class BriefingMailer {

    private static final Logger log = LoggerFactory.getLogger(BriefingMailer.class);

    private final ObjectProvider<JavaMailSender> smtp;
    private final DeliveryLog deliveries;
    private final MailSettings settings;

    public BriefingMailer(ObjectProvider<JavaMailSender> smtp, DeliveryLog deliveries, MailSettings settings) {
        this.smtp = smtp;
        this.deliveries = deliveries;
        this.settings = settings;
    }

    /** One line per recipient: where the mail went, or why it did not. */
    public record Delivery(String recipient, String channel, String outcome, String detail) {}

    /**
     * Sends the version to each configured recipient who has not had it yet.
     *
     * @throws BriefingDeliveryException when any recipient could not be reached; the others are
     *     delivered and recorded, so a retry only sends what is missing
     */
    public List<Delivery> deliver(LocalDate week, int version, BriefingFiles files, Path outbox) {
        List<String> pending = settings.to().stream()
                .filter(r -> deliveries.outcome(week, version, r).filter(DeliveryLog.DELIVERED::equals).isEmpty())
                .toList();
        return send(week, version, files, outbox, pending);
    }

    /** Sends a version again to the recipients named, whether or not they had it: an operator's explicit resend. */
    public List<Delivery> resend(LocalDate week, int version, BriefingFiles files, Path outbox, List<String> recipients) {
        return send(week, version, files, outbox, recipients);
    }

    private List<Delivery> send(LocalDate week, int version, BriefingFiles files, Path outbox, List<String> recipients) {
        JavaMailSender sender = smtp.getIfAvailable();
        List<Delivery> results = new ArrayList<>();
        for (String recipient : recipients) {
            String channel = sender == null ? "OUTBOX" : "SMTP";
            try {
                MimeMessage message = compose(sender, week, version, files, recipient);
                String detail = sender == null ? writeToOutbox(message, week, version, recipient, outbox).toString()
                        : send(sender, message);
                deliveries.record(week, version, recipient, channel, DeliveryLog.DELIVERED, detail);
                results.add(new Delivery(recipient, channel, DeliveryLog.DELIVERED, detail));
            } catch (MailException | MessagingException | IOException e) {
                log.warn("Delivery of {} v{} to {} failed: {}", week, version, recipient, e.getMessage());
                deliveries.record(week, version, recipient, channel, DeliveryLog.FAILED, truncate(e.getMessage()));
                results.add(new Delivery(recipient, channel, DeliveryLog.FAILED, e.getMessage()));
            }
        }
        if (results.stream().anyMatch(d -> d.outcome().equals(DeliveryLog.FAILED))) {
            throw new BriefingDeliveryException(week, version, results);
        }
        return results;
    }

    private MimeMessage compose(JavaMailSender sender, LocalDate week, int version, BriefingFiles files,
            String recipient) throws MessagingException, IOException {
        MimeMessage message = sender == null ? new MimeMessage(Session.getInstance(new Properties())) : sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(recipient);
        helper.setSubject(EmailBodyRenderer.subject(week, version));
        helper.setText(Files.readString(files.emailText()), Files.readString(files.emailHtml()));
        helper.addAttachment("capbrief-" + week + "-v" + version + ".pdf", new FileSystemResource(files.pdf()));
        message.saveChanges();
        return message;
    }

    private static String send(JavaMailSender sender, MimeMessage message) {
        sender.send(message);
        return "sent";
    }

    /** Written to a temporary name and moved, so the outbox never holds half a message. */
    private static Path writeToOutbox(MimeMessage message, LocalDate week, int version, String recipient, Path outbox)
            throws IOException, MessagingException {
        Files.createDirectories(outbox);
        Path eml = outbox.resolve(week + "-v" + version + "-" + recipient.replaceAll("[^A-Za-z0-9@._-]", "_") + ".eml");
        Path partial = outbox.resolve(eml.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, eml, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return eml;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}

package io.capbrief.deliver;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.capbrief.deliver.DistributionSettings.Recipient;
import io.capbrief.report.email.EmailBodyRenderer;
import io.capbrief.store.BriefingFiles;
import io.capbrief.store.DeliveryLog;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails a rendered briefing version to each recipient of the distribution lists once: over SMTP
 * when {@code spring.mail.host} is set, otherwise as an {@code .eml} file in the outbox folder.
 * Every attempt is logged; a failed send is retried with backoff.
 */
@Component
public class BriefingMailer {

    private static final Logger log = LoggerFactory.getLogger(BriefingMailer.class);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ObjectProvider<JavaMailSender> smtp;
    private final DeliveryLog deliveries;
    private final MailSettings settings;
    private final DistributionSettings distribution;

    public BriefingMailer(ObjectProvider<JavaMailSender> smtp, DeliveryLog deliveries, MailSettings settings,
            DistributionSettings distribution) {
        this.smtp = smtp;
        this.deliveries = deliveries;
        this.settings = settings;
        this.distribution = distribution;
    }

    /** One line per recipient: where the mail went, or why it did not. */
    public record Delivery(String recipient, String channel, String outcome, String detail) {}

    /** Everyone on the distribution lists, with the files each receives. */
    public List<Recipient> recipients() {
        return distribution.recipients(settings.to());
    }

    /**
     * Sends the version to each recipient who has not had it yet. A send that was under way when
     * its process died may have arrived, so it is not repeated here: it is reported, for an
     * operator's explicit {@code resend --to}.
     *
     * @throws BriefingDeliveryException when any recipient could not be reached; the others are
     *     delivered and recorded, so a retry only sends what is missing
     */
    public List<Delivery> deliver(LocalDate week, int version, BriefingFiles files, Path outbox) {
        List<Delivery> results = new ArrayList<>();
        List<Recipient> pending = new ArrayList<>();
        for (Recipient r : recipients()) {
            String outcome = deliveries.outcome(week, version, r.address()).orElse("");
            if (outcome.equals(DeliveryLog.SENDING) || outcome.equals(DeliveryLog.INTERRUPTED)) {
                deliveries.interrupted(week, version, r.address());
                log.warn("Delivery of {} v{} to {} was interrupted mid-send and may have arrived; not sending it again. "
                        + "To send it anyway: capbrief resend --week {} --to {}", week, version, r.address(), week, r.address());
                results.add(new Delivery(r.address(), "", DeliveryLog.INTERRUPTED, "may have arrived; resend with --to to send again"));
            } else if (!outcome.equals(DeliveryLog.DELIVERED)) {
                pending.add(r);
            }
        }
        results.addAll(send(week, version, files, outbox, pending));
        failIfAny(week, version, results);
        return results;
    }

    /** Sends the version to the recipients still missing it (failed or never tried). */
    public List<Delivery> resendMissing(LocalDate week, int version, BriefingFiles files, Path outbox) {
        List<Recipient> missing = recipients().stream()
                .filter(r -> !List.of(DeliveryLog.DELIVERED, DeliveryLog.INTERRUPTED)
                        .contains(deliveries.outcome(week, version, r.address()).orElse("")))
                .toList();
        List<Delivery> results = send(week, version, files, outbox, missing);
        failIfAny(week, version, results);
        return results;
    }

    /**
     * Sends the version to one address whether or not it had it: an operator's explicit resend.
     * An address on a list gets that list's files; any other address gets the PDF.
     */
    public Delivery resendTo(LocalDate week, int version, BriefingFiles files, Path outbox, String address) {
        Recipient recipient = recipients().stream().filter(r -> r.address().equalsIgnoreCase(address)).findFirst()
                .orElse(new Recipient(address, true, false));
        List<Delivery> results = send(week, version, files, outbox, List.of(recipient));
        failIfAny(week, version, results);
        return results.get(0);
    }

    private List<Delivery> send(LocalDate week, int version, BriefingFiles files, Path outbox, List<Recipient> recipients) {
        JavaMailSender sender = smtp.getIfAvailable();
        String channel = sender == null ? "OUTBOX" : "SMTP";
        List<Delivery> results = new ArrayList<>();
        for (Recipient recipient : recipients) {
            try {
                String reply = retry().execute(() -> attempt(sender, channel, week, version, files, outbox, recipient));
                results.add(new Delivery(recipient.address(), channel, DeliveryLog.DELIVERED, reply));
            } catch (RetryException e) {
                String reason = e.getLastException().getMessage();
                log.warn("Delivery of {} v{} to {} failed after {} attempts: {}", week, version, recipient.address(),
                        e.getRetryCount() + 1, reason, e.getLastException().getCause());
                results.add(new Delivery(recipient.address(), channel, DeliveryLog.FAILED, reason));
            }
        }
        return results;
    }

    private String attempt(JavaMailSender sender, String channel, LocalDate week, int version, BriefingFiles files,
            Path outbox, Recipient recipient) throws MessagingException, IOException {
        int attempt = deliveries.begin(week, version, recipient.address(), channel, recipient.attachments());
        try {
            MimeMessage message = compose(sender, week, version, files, recipient);
            String reply = sender == null ? writeToOutbox(message, week, version, recipient.address(), outbox).toString()
                    : send(sender, message);
            deliveries.end(week, version, recipient.address(), attempt, DeliveryLog.DELIVERED, reply);
            return reply;
        } catch (MessagingException | IOException | RuntimeException e) {
            String reason = SendFailure.describe(e, settings, server(sender));
            log.info("Attempt {} to deliver {} v{} to {} failed: {}", attempt, week, version, recipient.address(), reason);
            deliveries.end(week, version, recipient.address(), attempt, DeliveryLog.FAILED, reason);
            throw new AttemptFailed(reason, e);
        }
    }

    /** One attempt's failure, in the words the delivery log gave it. */
    private static final class AttemptFailed extends RuntimeException {
        AttemptFailed(String reason, Exception cause) {
            super(reason, cause);
        }
    }

    private static String server(JavaMailSender sender) {
        return sender instanceof JavaMailSenderImpl impl ? impl.getHost() + (impl.getPort() > 0 ? ":" + impl.getPort() : "")
                : "the SMTP server";
    }

    private RetryTemplate retry() {
        MailSettings.Retry retry = settings.retry();
        return new RetryTemplate(RetryPolicy.builder()
                .maxRetries(Math.max(0, retry.attempts() - 1))
                .delay(retry.delay())
                .multiplier(retry.multiplier())
                .build());
    }

    private static void failIfAny(LocalDate week, int version, List<Delivery> results) {
        if (results.stream().anyMatch(d -> d.outcome().equals(DeliveryLog.FAILED))) {
            throw new BriefingDeliveryException(week, version, results);
        }
    }

    private MimeMessage compose(JavaMailSender sender, LocalDate week, int version, BriefingFiles files,
            Recipient recipient) throws MessagingException, IOException {
        MimeMessage message = newMessage(sender);
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(recipient.address());
        helper.setSubject(subject(week, version, files));
        helper.setText(Files.readString(files.emailText()), Files.readString(files.emailHtml()));
        String name = "capbrief-" + week + "-v" + version;
        if (recipient.pdf()) {
            helper.addAttachment(name + ".pdf", new FileSystemResource(existing(files.pdf())), "application/pdf");
        }
        if (recipient.workbook()) {
            helper.addAttachment(name + ".xlsx", new FileSystemResource(existing(files.workbook())), XLSX);
        }
        message.saveChanges();
        return message;
    }

    /** A message of the sender's session, or of a bare one for the outbox when there is no SMTP server. */
    static MimeMessage newMessage(JavaMailSender sender) {
        return sender == null ? new MimeMessage(Session.getInstance(new Properties())) : sender.createMimeMessage();
    }

    /** The subject rendered with the bodies (it carries [SAMPLE] for a briefing on the sample), else the plain one. */
    private static String subject(LocalDate week, int version, BriefingFiles files) throws IOException {
        return Files.isRegularFile(files.emailSubject()) ? Files.readString(files.emailSubject()).strip()
                : EmailBodyRenderer.subject(week, version);
    }

    private static Path existing(Path file) throws NoSuchFileException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "the briefing file to attach is missing");
        }
        return file;
    }

    /**
     * Over a session of the sender's settings and the timeouts, whoever made the sender, so that no
     * server can hold a send for ever; its own transport, so that the server's reply can be logged.
     */
    String send(JavaMailSender sender, MimeMessage message) throws MessagingException {
        if (!(sender instanceof JavaMailSenderImpl impl)) {
            sender.send(message);
            return "sent";
        }
        Session session = Session.getInstance(settings.withTimeouts(impl.getSession().getProperties()));
        try (Transport transport = session.getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol())) {
            transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
            transport.sendMessage(message, message.getAllRecipients());
            return transport instanceof SMTPTransport smtpTransport && smtpTransport.getLastServerResponse() != null
                    ? smtpTransport.getLastServerResponse().trim() : "sent";
        }
    }

    /** Written to a temporary name and moved, so the outbox never holds half a message. */
    static Path writeToOutbox(MimeMessage message, LocalDate week, int version, String recipient, Path outbox)
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
}

package io.capbrief.deliver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.capbrief.store.BriefingFiles;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Tells the operators that a week was held back, why, and the command that releases it; by SMTP, or into the outbox. */
@Component
public class OperatorAlerts {

    private static final Logger log = LoggerFactory.getLogger(OperatorAlerts.class);

    private final ObjectProvider<JavaMailSender> smtp;
    private final MailSettings mail;
    private final AlertSettings settings;
    private final BriefingMailer mailer;

    /** @param mailer sends as it sends the briefings, with the same timeouts */
    public OperatorAlerts(ObjectProvider<JavaMailSender> smtp, MailSettings mail, AlertSettings settings, BriefingMailer mailer) {
        this.smtp = smtp;
        this.mail = mail;
        this.settings = settings;
        this.mailer = mailer;
    }

    /**
     * Alerts every operator of a held version, its PDF attached so that they can judge it.
     *
     * @throws IllegalStateException when an operator could not be reached: the step fails, and its restart alerts again
     */
    public void held(LocalDate week, int version, List<String> reasons, BriefingFiles files, Path outbox) {
        log.warn("The briefing of {} v{} is held, not mailed: {}. Release it with: {}", week, version, String.join("; ", reasons),
                releaseCommand(week, version));
        if (settings.recipients().isEmpty()) {
            log.warn("No operator is alerted: capbrief.alerts.recipients is empty (config/distribution.yml)");
            return;
        }
        JavaMailSender sender = smtp.getIfAvailable();
        for (String operator : settings.recipients()) {
            try {
                MimeMessage message = compose(sender, operator, week, version, reasons, files);
                String where = sender == null ? BriefingMailer.writeToOutbox(message, week, version, "alert-" + operator, outbox).toString()
                        : mailer.send(sender, message);
                log.info("Alerted {} of the held {} v{}: {}", operator, week, version, where);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("the alert of the held " + week + " v" + version + " could not reach " + operator
                        + ": " + e.getMessage(), e);
            }
        }
    }

    static String releaseCommand(LocalDate week, int version) {
        return "capbrief release --week " + week + " --version " + version;
    }

    static String subject(LocalDate week, int version, boolean sample) {
        return (sample ? "[SAMPLE] " : "") + "[HELD] capbrief: the briefing for the week ending " + week + " (v" + version
                + ") is held, not mailed";
    }

    static String body(LocalDate week, int version, List<String> reasons, Path versionDir) {
        StringBuilder text = new StringBuilder("The briefing for the week ending " + week + ", version " + version
                + ", tripped the sanity limits (METRICS.md section 9) and was not mailed to the distribution lists:\n\n");
        reasons.forEach(r -> text.append("  - ").append(r).append('\n'));
        text.append("\nIts files are in ").append(versionDir).append(" (the PDF is attached).\n\n")
                .append("If the figures are right, release it to the lists:\n    ").append(releaseCommand(week, version)).append('\n')
                .append("If the data was wrong, fix it and rerun the week (the new version goes through the limits again):\n")
                .append("    capbrief run --week ").append(week).append(" --force\n");
        return text.toString();
    }

    private MimeMessage compose(JavaMailSender sender, String operator, LocalDate week, int version, List<String> reasons,
            BriefingFiles files) throws MessagingException, IOException {
        MimeMessage message = BriefingMailer.newMessage(sender);
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(mail.from());
        helper.setTo(operator);
        boolean sample = Files.isRegularFile(files.emailSubject()) && Files.readString(files.emailSubject()).startsWith("[SAMPLE]");
        helper.setSubject(subject(week, version, sample));
        helper.setText(body(week, version, reasons, files.dir()));
        if (Files.isRegularFile(files.pdf())) {
            helper.addAttachment("capbrief-" + week + "-v" + version + ".pdf", new FileSystemResource(files.pdf()), "application/pdf");
        }
        message.saveChanges();
        return message;
    }
}

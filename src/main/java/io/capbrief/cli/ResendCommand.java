package io.capbrief.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import io.capbrief.deliver.BriefingDeliveryException;
import io.capbrief.deliver.BriefingFiles;
import io.capbrief.deliver.BriefingMailer;
import io.capbrief.deliver.MailSettings;
import io.capbrief.job.RunSettings;
import io.capbrief.store.BriefingArchive;
import io.capbrief.store.BriefingVersion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capbrief resend}: mails a week's latest version again. */
@Command(name = "resend", mixinStandardHelpOptions = true,
        description = "Mail the latest version of a week again, to every recipient or to one address.")
class ResendCommand implements Callable<Integer> {

    @Option(names = "--week", required = true, description = "The week-ending date (yyyy-MM-dd).")
    LocalDate week;

    @Option(names = "--to", paramLabel = "ADDRESS", description = "Only this recipient (default: every configured recipient).")
    String to;

    @Option(names = "--out", paramLabel = "DIR", description = "The outbox's parent folder when no SMTP server is set (default: ./out).")
    Path out;

    @Spec
    CommandSpec spec;

    private final BriefingArchive archive;
    private final BriefingMailer mailer;
    private final MailSettings mail;
    private final RunSettings settings;

    ResendCommand(BriefingArchive archive, BriefingMailer mailer, MailSettings mail, RunSettings settings) {
        this.archive = archive;
        this.mailer = mailer;
        this.mail = mail;
        this.settings = settings;
    }

    @Override
    public Integer call() {
        BriefingVersion version = archive.latest(week).orElse(null);
        if (version == null) {
            spec.commandLine().getErr().println("capbrief: no briefing has been issued for the week ending " + week);
            return 1;
        }
        List<String> recipients = to == null ? mail.to() : List.of(to);
        Path outbox = (out != null ? out : settings.outDir()).resolve("outbox");
        try {
            mailer.resend(week, version.version(), new BriefingFiles(Path.of(version.outDir())), outbox, recipients)
                    .forEach(d -> spec.commandLine().getOut().println("v" + version.version() + " to " + d.recipient() + ": "
                            + d.outcome() + " (" + d.detail() + ")"));
            return 0;
        } catch (BriefingDeliveryException e) {
            spec.commandLine().getErr().println("capbrief: " + e.getMessage());
            return 1;
        }
    }
}

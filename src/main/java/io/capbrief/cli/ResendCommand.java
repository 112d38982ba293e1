package io.capbrief.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import io.capbrief.deliver.BriefingDeliveryException;
import io.capbrief.deliver.BriefingMailer;
import io.capbrief.job.RunSettings;
import io.capbrief.store.BriefingArchive;
import io.capbrief.store.BriefingFiles;
import io.capbrief.store.BriefingHolds;
import io.capbrief.store.BriefingVersion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capbrief resend}: mails a week's latest version again. */
@Command(name = "resend", mixinStandardHelpOptions = true,
        description = "Mail the latest version of a week to the recipients still missing it, or again to one address.")
class ResendCommand implements Callable<Integer> {

    @Option(names = "--week", required = true, description = "The week-ending date (yyyy-MM-dd).")
    LocalDate week;

    @Option(names = "--to", paramLabel = "ADDRESS", description = "Send to this address, even if it had the version already (default: every list recipient still missing it).")
    String to;

    @Option(names = "--out", paramLabel = "DIR", description = "The outbox's parent folder when no SMTP server is set (default: ./out).")
    Path out;

    @Spec
    CommandSpec spec;

    private final BriefingArchive archive;
    private final BriefingMailer mailer;
    private final RunSettings settings;
    private final BriefingHolds holds;

    ResendCommand(BriefingArchive archive, BriefingMailer mailer, RunSettings settings, BriefingHolds holds) {
        this.archive = archive;
        this.mailer = mailer;
        this.settings = settings;
        this.holds = holds;
    }

    @Override
    public Integer call() {
        BriefingVersion version = archive.latest(week).orElse(null);
        if (version == null) {
            spec.commandLine().getErr().println("capbrief: no briefing has been issued for the week ending " + week);
            return 1;
        }
        java.util.Optional<BriefingHolds.Hold> hold = holds.find(week, version.version()).filter(BriefingHolds.Hold::held);
        if (hold.isPresent()) {
            spec.commandLine().getErr().println("capbrief: v" + version.version() + " of the week ending " + week + " is held ("
                    + String.join("; ", hold.get().reasons()) + "): `capbrief release --week " + week + "` mails it once you have checked it");
            return 2;
        }
        Path outbox = (out != null ? out : settings.outDir()).resolve("outbox");
        BriefingFiles files = new BriefingFiles(Path.of(version.outDir()));
        try {
            List<BriefingMailer.Delivery> sent = to != null
                    ? List.of(mailer.resendTo(week, version.version(), files, outbox, to))
                    : mailer.resendMissing(week, version.version(), files, outbox);
            if (sent.isEmpty()) {
                spec.commandLine().getOut().println("v" + version.version() + " has reached every recipient; nothing to resend "
                        + "(resend --week " + week + " --to ADDRESS sends it to one address again)");
            }
            sent.forEach(d -> spec.commandLine().getOut().println("v" + version.version() + " to " + d.recipient() + ": "
                    + d.outcome() + " (" + d.detail() + ")"));
            return 0;
        } catch (BriefingDeliveryException e) {
            spec.commandLine().getErr().println("capbrief: " + e.getMessage());
            return 1;
        }
    }
}

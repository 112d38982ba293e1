package io.capbrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

/** {@code capbrief release}: mails a version the sanity limits held back, recording who released it. */
// no standard help options: their --version would take the place of the version to release
@Command(name = "release",
        description = "Release a held briefing: mail it to the distribution lists, recording who released it and when.")
class ReleaseCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--week", required = true, description = "The week-ending date (yyyy-MM-dd).")
    LocalDate week;

    @Option(names = "--version", paramLabel = "N", description = "The held version (default: the week's latest held one).")
    Integer version;

    @Option(names = "--out", paramLabel = "DIR", description = "The outbox's parent folder when no SMTP server is set (default: ./out).")
    Path out;

    @Spec
    CommandSpec spec;

    private final BriefingHolds holds;
    private final BriefingArchive archive;
    private final BriefingMailer mailer;
    private final RunSettings settings;

    ReleaseCommand(BriefingHolds holds, BriefingArchive archive, BriefingMailer mailer, RunSettings settings) {
        this.holds = holds;
        this.archive = archive;
        this.mailer = mailer;
        this.settings = settings;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<BriefingHolds.Hold> weekHolds = holds.forWeek(week);
        Optional<BriefingHolds.Hold> hold = version != null
                ? weekHolds.stream().filter(h -> h.version() == version).findFirst()
                : weekHolds.stream().filter(BriefingHolds.Hold::held).reduce((first, last) -> last);
        if (hold.isEmpty()) {
            err.println("capbrief: " + (version != null ? "v" + version + " of the week ending " + week + " was never held"
                    : "the week ending " + week + " has no held version") + "; `capbrief deliveries --week " + week + "` shows its versions");
            return 2;
        }
        int held = hold.get().version();
        if (!hold.get().held()) {
            err.println("capbrief: v" + held + " of the week ending " + week + " was released by " + hold.get().releasedBy() + " at "
                    + hold.get().releasedAt() + "; `capbrief resend --week " + week + "` mails whoever still misses it");
            return 2;
        }
        Optional<BriefingVersion> latest = archive.latest(week);
        if (latest.isPresent() && latest.get().version() != held) {
            err.println("capbrief: v" + held + " of the week ending " + week + " is no longer the latest (v" + latest.get().version()
                    + " is): release or resend that one instead");
            return 2;
        }
        String by = System.getProperty("user.name");
        if (!holds.release(week, held, by)) {
            err.println("capbrief: v" + held + " of the week ending " + week + " was released meanwhile by someone else");
            return 2;
        }
        out.println("Released v" + held + " of the week ending " + week + " (held for: " + String.join("; ", hold.get().reasons())
                + "), as " + by);
        BriefingVersion released = archive.versions(week).stream().filter(v -> v.version() == held).findFirst().orElseThrow();
        Path outbox = (this.out != null ? this.out : settings.outDir()).resolve("outbox");
        try {
            mailer.deliver(week, held, new BriefingFiles(Path.of(released.outDir())), outbox)
                    .forEach(d -> out.println("v" + held + " to " + d.recipient() + ": " + d.outcome() + " (" + d.detail() + ")"));
            return 0;
        } catch (BriefingDeliveryException e) {
            err.println("capbrief: released, but " + e.getMessage() + "; `capbrief resend --week " + week + "` retries the rest");
            return 1;
        } finally {
            out.flush();
        }
    }
}

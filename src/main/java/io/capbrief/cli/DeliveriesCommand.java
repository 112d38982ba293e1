package io.capbrief.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.capbrief.store.BriefingHolds;
import io.capbrief.store.DeliveryLog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capbrief deliveries}: the delivery log of a week. */
@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = "Show the delivery log of a week: each version and recipient, its outcome, and every attempt with the server's reply.")
class DeliveriesCommand implements Callable<Integer> {

    @Option(names = "--week", required = true, description = "The week-ending date (yyyy-MM-dd).")
    LocalDate week;

    @Spec
    CommandSpec spec;

    private final DeliveryLog log;
    private final BriefingHolds holds;

    DeliveriesCommand(DeliveryLog log, BriefingHolds holds) {
        this.log = log;
        this.holds = holds;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var rows = log.forWeek(week);
        for (BriefingHolds.Hold hold : holds.forWeek(week)) {
            out.println(String.format("v%-3d %s %s: %s", hold.version(), hold.held() ? "HELD    " : "released",
                    hold.held() ? "since " + hold.heldAt() + (hold.alertedAt() == null ? "" : ", operators alerted " + hold.alertedAt())
                            : "by " + hold.releasedBy() + " at " + hold.releasedAt() + ", held " + hold.heldAt(),
                    String.join("; ", hold.reasons())));
            if (hold.held()) {
                out.println("       release it: capbrief release --week " + week + " --version " + hold.version());
            }
        }
        if (rows.isEmpty()) {
            out.println("No deliveries recorded for the week ending " + week + ".");
        }
        var attempts = log.attempts(week);
        for (DeliveryLog.Delivery d : rows) {
            out.println(String.format("v%-3d %-32s %-7s %-11s %-19s %s", d.version(), d.recipient(),
                    d.channel(), d.outcome(), d.attemptedAt().withNano(0), d.detail() == null ? "" : d.detail()));
            attempts.stream().filter(a -> a.version() == d.version() && a.recipient().equals(d.recipient()))
                    .forEach(a -> out.println(String.format("       attempt %d  %-19s %-7s %-12s %-11s %s", a.attempt(),
                            a.attemptedAt().withNano(0), a.channel(), a.attachments(), a.outcome(),
                            a.reply() == null ? "" : a.reply())));
        }
        out.flush();
        return 0;
    }
}

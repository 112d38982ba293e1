package io.capbrief.cli;

import java.util.Date;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.capbrief.job.DefaultSources;
import io.capbrief.schedule.ScheduleSettings;
import io.capbrief.schedule.WeeklySchedule;

import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code capbrief serve}: runs the weekly schedule until the process is told to stop. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the weekly briefing on its schedule (capbrief.schedule: default Fridays 18:00 America/New_York) "
                + "until stopped with SIGTERM or Ctrl-C; a run in progress is finished first.",
                "With an empty landing zone (capbrief.landing-dir) it starts with a warning, and each scheduled run fails "
                + "with the reason (see `capbrief runs`) until files are there; it never briefs the sample.",
                "Health (store, mail, scheduler) is served at http://localhost:<server.port, default 8081>/actuator/health."})
class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    private final ObjectProvider<WeeklySchedule> schedule;
    private final ObjectProvider<Scheduler> scheduler;
    private final ScheduleSettings settings;
    private final ConfigurableApplicationContext context;
    private final Environment environment;
    private final DefaultSources defaultSources;

    /** The schedule and scheduler exist only where Quartz is configured, which {@code CapbriefApplication} does for serve. */
    ServeCommand(ObjectProvider<WeeklySchedule> schedule, ObjectProvider<Scheduler> scheduler, ScheduleSettings settings,
            ConfigurableApplicationContext context, Environment environment, DefaultSources defaultSources) {
        this.schedule = schedule;
        this.scheduler = scheduler;
        this.settings = settings;
        this.context = context;
        this.environment = environment;
        this.defaultSources = defaultSources;
    }

    @Override
    public Integer call() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) e -> {
            log.info("capbrief serve: stopping; a scheduled run in progress is finished first");
            closed.countDown();
        });
        Date next = schedule.getObject().register();
        scheduler.getObject().start();
        // The command line runs inside Boot's startup, so Boot would call the service ready only once it ends.
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        spec.commandLine().getOut().println("capbrief serve: the weekly briefing runs on '" + settings.cron() + "' in "
                + settings.zone() + "; next run due " + next.toInstant().atZone(settings.zone())
                + ". Health: http://localhost:" + port + "/actuator/health. Stop with SIGTERM or Ctrl-C.");
        // A service waiting for its files is legitimate (they may be dropped or fetched before Friday), so this only warns.
        defaultSources.missingSources().ifPresent(reason -> log.warn(
                "capbrief serve: {}. The scheduled run fails that week, recorded in `capbrief runs`, and mails nothing, "
                        + "until the landing zone has files.", reason));
        spec.commandLine().getOut().flush();
        closed.await();
        return 0;
    }
}

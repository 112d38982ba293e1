package io.capbrief.schedule;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeSet;

import io.capbrief.metrics.WeekCalendar;

import org.quartz.CronExpression;

/** Which week a scheduled run briefs, and which weeks' runs a stopped service missed. */
public final class ScheduledWeeks {

    private ScheduledWeeks() {}

    /** The week a run at this moment briefs: the last Friday on or before today in the zone. */
    public static LocalDate weekFor(Instant now, ZoneId zone) {
        return WeekCalendar.weekEndingOnOrBefore(LocalDate.ofInstant(now, zone));
    }

    /**
     * The weeks whose scheduled fires fell after {@code lastFire} and up to {@code now}, except
     * {@code running}, the week the present fire briefs: those the service missed while it was down.
     */
    public static List<LocalDate> missed(String cron, ZoneId zone, Instant lastFire, Instant now, LocalDate running) {
        CronExpression expression;
        try {
            expression = new CronExpression(cron);
        } catch (ParseException e) {
            throw new IllegalArgumentException("capbrief.schedule.cron '" + cron + "': " + e.getMessage(), e);
        }
        expression.setTimeZone(TimeZone.getTimeZone(zone));
        TreeSet<LocalDate> weeks = new TreeSet<>();
        Date fire = expression.getTimeAfter(Date.from(lastFire));
        while (fire != null && !fire.toInstant().isAfter(now)) {
            weeks.add(weekFor(fire.toInstant(), zone));
            fire = expression.getTimeAfter(fire);
        }
        weeks.remove(running);
        return List.copyOf(weeks);
    }
}

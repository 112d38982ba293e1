package io.capbrief.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The weekly job's parameters. Only the week identifies a job instance; the manifest and the
 * output folder may change between a failed run and its restart.
 */
public record WeekParameters(LocalDate week, Path sources, Path out, boolean force, boolean fetch) {

    public WeekParameters {
        sources = sources.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
    }

    /** A week whose manifest's {@code url:} entries are fetched first, as they are by default. */
    public WeekParameters(LocalDate week, Path sources, Path out, boolean force) {
        this(week, sources, out, force, true);
    }

    public WeekParameters(LocalDate week, Path sources, Path out) {
        this(week, sources, out, false);
    }

    static final String WEEK = "week";
    static final String SOURCES = "sources";
    static final String OUT = "out";
    static final String RERUN = "rerun";
    static final String FETCH = "fetch";

    /**
     * @param rerun for a forced rerun, a number that makes it a job instance of its own (the week's
     *     first, unforced instance stays the one "already done" refers to); null otherwise
     */
    public JobParameters toJobParameters(Long rerun) {
        JobParametersBuilder builder = new JobParametersBuilder().addLocalDate(WEEK, week);
        if (rerun != null) {
            builder.addLong(RERUN, rerun);
        }
        return builder
                .addString(SOURCES, sources.toString(), false)
                .addString(OUT, out.toString(), false)
                .addString(FETCH, String.valueOf(fetch), false)
                .toJobParameters();
    }

    public JobParameters toJobParameters() {
        return toJobParameters(null);
    }

    public static JobParameters identifying(LocalDate week) {
        return new JobParametersBuilder().addLocalDate(WEEK, week).toJobParameters();
    }

    public static WeekParameters of(JobParameters parameters) {
        // an execution from before the fetch step has no such parameter: it fetched nothing then, and fetches now
        return new WeekParameters(parameters.getLocalDate(WEEK), Path.of(parameters.getString(SOURCES)),
                Path.of(parameters.getString(OUT)), parameters.getLong(RERUN) != null,
                !"false".equals(parameters.getString(FETCH)));
    }

    static WeekParameters of(ChunkContext context) {
        return of(context.getStepContext().getStepExecution().getJobParameters());
    }
}

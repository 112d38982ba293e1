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
public record WeekParameters(LocalDate week, Path sources, Path out) {

    public WeekParameters {
        sources = sources.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
    }

    static final String WEEK = "week";
    static final String SOURCES = "sources";
    static final String OUT = "out";

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addLocalDate(WEEK, week)
                .addString(SOURCES, sources.toString(), false)
                .addString(OUT, out.toString(), false)
                .toJobParameters();
    }

    public static JobParameters identifying(LocalDate week) {
        return new JobParametersBuilder().addLocalDate(WEEK, week).toJobParameters();
    }

    public static WeekParameters of(JobParameters parameters) {
        return new WeekParameters(parameters.getLocalDate(WEEK), Path.of(parameters.getString(SOURCES)),
                Path.of(parameters.getString(OUT)));
    }

    static WeekParameters of(ChunkContext context) {
        return of(context.getStepContext().getStepExecution().getJobParameters());
    }
}

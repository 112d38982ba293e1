package io.capbrief.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import io.capbrief.deliver.BriefingMailer;
import io.capbrief.deliver.OperatorAlerts;
import io.capbrief.extract.fetch.ConstituentCiks;
import io.capbrief.extract.fetch.SourceFetcher;
import io.capbrief.metrics.HoldLimits;
import io.capbrief.metrics.MetricsSettings;
import io.capbrief.report.BriefingRenderer;
import io.capbrief.report.pdf.PageSize;
import io.capbrief.store.BriefingArchive;
import io.capbrief.store.BriefingHolds;
import io.capbrief.store.CompanyFactStore;
import io.capbrief.store.CompanyMasterStore;
import io.capbrief.store.CompanyPriceStore;
import io.capbrief.store.EstimateStore;
import io.capbrief.store.HoldingStore;
import io.capbrief.store.RejectedRowStore;
import io.capbrief.store.SeriesStore;
import io.capbrief.store.SourceLoadStore;
import io.capbrief.store.WeekFigureStore;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The weekly briefing job: fetch → plan → extract → publish → figures → render → deliver. Its identifying
 * parameter is the week-ending date, so each week is one job instance.
 */
@Configuration
public class WeeklyBriefingJobConfiguration {

    public static final String JOB_NAME = "weeklyBriefing";

    /** The renderer warms up as the job starts: its first render in a process would otherwise take seconds more. */
    @Bean
    public Job weeklyBriefing(JobRepository jobRepository, Step fetch, Step plan, Step extract, Step publish, Step figures,
            Step render, Step deliver, BriefingRenderer renderer) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new JobExecutionListener() {
                    @Override
                    public void beforeJob(JobExecution jobExecution) {
                        renderer.warmUp();
                    }
                })
                .start(fetch).next(plan).next(extract).next(publish).next(figures).next(render).next(deliver)
                .build();
    }

    /** Fetched again on a restart too: an unchanged file costs a 304, and a failed one may answer now. */
    @Bean
    public Step fetch(JobRepository jobRepository, PlatformTransactionManager tx, SourceFetcher fetcher) {
        return new StepBuilder("fetch", jobRepository).tasklet(new FetchSourcesTasklet(fetcher), tx)
                .allowStartIfComplete(true).build();
    }

    /** Re-planned on a restart: the files may have been fixed since the failure. */
    @Bean
    public Step plan(JobRepository jobRepository, PlatformTransactionManager tx, SourceLoadPlanner planner,
            DefaultSources defaultSources) {
        return new StepBuilder("plan", jobRepository).tasklet(new PlanSourcesTasklet(planner, defaultSources), tx)
                .allowStartIfComplete(true).build();
    }

    @Bean
    public Step extract(JobRepository jobRepository, PlatformTransactionManager tx, StagedItemReader stagedItemReader,
            StagedItemWriter stagedItemWriter, SourceLoadStore loads) {
        return new StepBuilder("extract", jobRepository).<StagedItem, StagedItem>chunk(5000)
                .transactionManager(tx)
                .reader(stagedItemReader)
                .writer(stagedItemWriter)
                .listener(new DiscardStagedLoadsOnFailure(loads))
                .build();
    }

    @Bean
    @StepScope
    public StagedItemReader stagedItemReader(@Value("#{jobExecutionContext['loadIds']}") String loadIds,
            @Value("#{jobParameters['" + WeekParameters.SOURCES + "']}") String sources, SourceLoadStore loads,
            ConstituentCiks constituents, Clock clock) {
        return new StagedItemReader(PlanSourcesTasklet.parse(loadIds), loads,
                new RunConstituents(Path.of(sources), constituents), clock);
    }

    @Bean
    public StagedItemWriter stagedItemWriter(SourceLoadStore loads, SeriesStore series, HoldingStore holdings,
            CompanyFactStore facts, CompanyMasterStore master, EstimateStore estimates, CompanyPriceStore prices,
            RejectedRowStore rejected) {
        return new StagedItemWriter(loads, series, holdings, facts, master, estimates, prices, rejected);
    }

    @Bean
    public Step publish(JobRepository jobRepository, PlatformTransactionManager tx, SourceLoadStore loads) {
        return new StepBuilder("publish", jobRepository).tasklet(new PublishLoadsTasklet(loads), tx).build();
    }

    @Bean
    public Step figures(JobRepository jobRepository, PlatformTransactionManager tx, WeekComputation computation,
            WeekFigureStore weekFigures) {
        return new StepBuilder("figures", jobRepository).tasklet(new ComputeFiguresTasklet(computation, weekFigures), tx)
                .build();
    }

    @Bean
    public BriefingRenderer briefingRenderer(RunSettings settings, MetricsSettings metrics) {
        return new BriefingRenderer(PageSize.valueOf(settings.pageSize().toUpperCase(Locale.ROOT)),
                metrics.screens());
    }

    @Bean
    public Step render(JobRepository jobRepository, PlatformTransactionManager tx, WeekComputation computation,
            WeekBriefingAssembler assembler, BriefingArchive archive, BriefingRenderer renderer, Clock clock,
            BriefingHolds holds, HoldLimits limits) {
        return new StepBuilder("render", jobRepository)
                .tasklet(new RenderBriefingTasklet(computation, assembler, archive, renderer, clock, holds, limits), tx)
                .build();
    }

    @Bean
    public Step deliver(JobRepository jobRepository, PlatformTransactionManager tx, BriefingMailer mailer,
            BriefingHolds holds, OperatorAlerts alerts) {
        return new StepBuilder("deliver", jobRepository).tasklet(new DeliverBriefingTasklet(mailer, holds, alerts), tx).build();
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}

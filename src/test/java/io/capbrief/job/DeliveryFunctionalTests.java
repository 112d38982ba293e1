package io.capbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;

import io.capbrief.SilentServer;
import io.capbrief.TestSmtp;
import io.capbrief.store.DeliveryLog;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The weekly job mailing over a real SMTP server (GreenMail): down during delivery, the briefing is
 * archived and the job fails at its deliver step; run again once the server is back, the week
 * restarts at that step and mails each recipient once. The same for a server that accepts the
 * connection and never answers: each attempt ends at its read timeout.
 */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:delivery-functional;DB_CLOSE_DELAY=-1",
        "spring.mail.host=127.0.0.1",
        "capbrief.mail.retry.delay=10ms",
        "capbrief.mail.connect-timeout=1s",
        "capbrief.mail.read-timeout=1s",
        "capbrief.mail.write-timeout=1s",
        "capbrief.distribution.lists[0].name=portfolio-managers",
        "capbrief.distribution.lists[0].receives=both",
        "capbrief.distribution.lists[0].recipients[0]=pm@example.com",
        "capbrief.distribution.lists[1].name=readers",
        "capbrief.distribution.lists[1].receives=pdf",
        "capbrief.distribution.lists[1].recipients[0]=reader@example.com"})
class DeliveryFunctionalTests {

    static final ServerSetup SMTP = TestSmtp.onFreePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(SMTP);

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);
    /** Another week: the context and its store are shared by the tests. */
    private static final LocalDate SILENT_WEEK = LocalDate.of(2024, 12, 6);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::getPort);
    }

    @Autowired
    WeeklyBriefingLauncher launcher;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    DeliveryLog log;

    @TempDir
    Path dir;

    @Test
    void smtpDownFailsTheDeliverStepAndTheRerunMailsEachRecipientOnce() throws Exception {
        // given a week and an SMTP server that is down
        WeekParameters params = week(WEEK);
        smtp.stop();

        // when
        WeekOutcome down = launcher.run(params);

        // then the briefing is archived, the failure recorded, and the job failed at its deliver step
        assertThat(down.status()).isEqualTo(WeekOutcome.Status.FAILED);
        assertThat(down.message()).contains("pm@example.com", "reader@example.com");
        assertThat(down.version()).isEqualTo(1);
        assertThat(dir.resolve("out/2024-11-22/v1/briefing.pdf")).exists();
        JobExecution failed = jobRepository.getLastJobExecution(WeeklyBriefingJobConfiguration.JOB_NAME,
                WeekParameters.identifying(WEEK));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getStepExecutions()).filteredOn(s -> s.getStatus() == BatchStatus.FAILED)
                .singleElement().satisfies(s -> assertThat(s.getStepName()).isEqualTo("deliver"));
        assertThat(log.attempts(WEEK)).hasSize(6) // 2 recipients x 3 attempts
                .allSatisfy(a -> assertThat(a.outcome()).isEqualTo("FAILED"));

        // when the server is back and the week is run again
        smtp.start();
        WeekOutcome restarted = launcher.run(params);

        // then it restarts at the deliver step, mails each list its files once, and issues no new version
        assertThat(restarted.status()).as(restarted.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        assertThat(restarted.version()).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage pm = Arrays.stream(received).filter(m -> to(m).equals("pm@example.com")).findFirst().orElseThrow();
        assertThat(pm.getSubject()).isEqualTo("Small-cap briefing \u2014 week ending 2024-11-22");
        assertThat(GreenMailUtil.getWholeMessage(pm)).contains("filename=capbrief-2024-11-22-v1.pdf",
                "filename=capbrief-2024-11-22-v1.xlsx");
        MimeMessage reader = Arrays.stream(received).filter(m -> m != pm).findFirst().orElseThrow();
        assertThat(to(reader)).isEqualTo("reader@example.com");
        assertThat(GreenMailUtil.getWholeMessage(reader)).contains("filename=capbrief-2024-11-22-v1.pdf")
                .doesNotContain(".xlsx");
        assertThat(log.forWeek(WEEK)).extracting(DeliveryLog.Delivery::outcome).containsExactly("DELIVERED", "DELIVERED");

        // and once more: the week is done, nobody is mailed twice
        assertThat(launcher.run(params).status()).isEqualTo(WeekOutcome.Status.ALREADY_DONE);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    @Timeout(60) // without timeouts the job would wait for ever; with them it takes 6 attempts of 1 s
    void aServerThatAcceptsAndNeverAnswersFailsTheDeliverStepWithinItsTimeoutsAndTheRerunMailsEachRecipientOnce()
            throws Exception {
        // given a week, and in the SMTP server's place a server that accepts the connection and never answers
        WeekParameters params = week(SILENT_WEEK);
        smtp.stop();
        WeekOutcome stuck;
        long start = System.nanoTime();
        try (SilentServer silent = SilentServer.on(SMTP.getPort())) {

            // when
            stuck = launcher.run(params);

            // then every attempt ended at its read timeout and the job failed at its deliver step
            assertThat(silent.connections()).isEqualTo(6); // 2 recipients x 3 attempts
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String timedOut = "timed out after 1 s waiting for 127.0.0.1:" + SMTP.getPort() + " to answer";
        assertThat(stuck.status()).isEqualTo(WeekOutcome.Status.FAILED);
        assertThat(stuck.message()).contains("pm@example.com (" + timedOut + ")", "reader@example.com (" + timedOut + ")");
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(6));
        JobExecution failed = jobRepository.getLastJobExecution(WeeklyBriefingJobConfiguration.JOB_NAME,
                WeekParameters.identifying(SILENT_WEEK));
        assertThat(failed.getStepExecutions()).filteredOn(s -> s.getStatus() == BatchStatus.FAILED).hasSize(1);
        StepExecution deliver = failed.getStepExecutions().stream().filter(s -> s.getStatus() == BatchStatus.FAILED)
                .findFirst().orElseThrow();
        assertThat(deliver.getStepName()).isEqualTo("deliver");
        System.out.printf("silent SMTP server: the week ended %s after %d ms, its deliver step after %d ms%n", stuck.status(),
                took.toMillis(), Duration.between(deliver.getStartTime(), deliver.getEndTime()).toMillis());
        assertThat(log.attempts(SILENT_WEEK)).hasSize(6).allSatisfy(a -> {
            assertThat(a.outcome()).isEqualTo("FAILED");
            assertThat(a.reply()).isEqualTo(timedOut);
        });

        // when a good server is back and the week is run again
        smtp.start();
        WeekOutcome restarted = launcher.run(params);

        // then each recipient is mailed once
        assertThat(restarted.status()).as(restarted.message()).isEqualTo(WeekOutcome.Status.ISSUED);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(DeliveryFunctionalTests::to))
                .containsExactlyInAnyOrder("pm@example.com", "reader@example.com");
        assertThat(log.forWeek(SILENT_WEEK)).extracting(DeliveryLog.Delivery::outcome).containsExactly("DELIVERED", "DELIVERED");
    }

    /** A week with a small Russell 2000 file (the figures are the job's tests' business): closes a week back, the day before and on the day. */
    private WeekParameters week(LocalDate week) throws IOException {
        Files.writeString(dir.resolve("RUT.csv"), "Date,Close\n" + week.minusDays(7) + ",2303.0\n" + week.minusDays(1) + ",2364.0\n"
                + week + ",2406.7\n");
        Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - { id: rut-delivery-test, format: price-csv, path: RUT.csv, index: RUSSELL_2000 }
                """);
        return new WeekParameters(week, dir.resolve("sources.yml"), dir.resolve("out"));
    }

    private static String to(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

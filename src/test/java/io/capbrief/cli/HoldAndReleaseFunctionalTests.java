package io.capbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.capbrief.TestSmtp;
import io.capbrief.store.BriefingHolds;
import io.capbrief.store.DeliveryLog;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import picocli.CommandLine;

/**
 * A strange week is held before anyone is mailed (METRICS.md section 9): rendered and archived, the operators
 * alerted with the reasons and the command to release, nobody on the lists mailed until an operator releases it.
 */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:hold-release;DB_CLOSE_DELAY=-1",
        "spring.mail.host=127.0.0.1",
        "capbrief.mail.retry.delay=10ms",
        "capbrief.distribution.lists[0].name=portfolio-managers",
        "capbrief.distribution.lists[0].receives=both",
        "capbrief.distribution.lists[0].recipients[0]=pm@example.com",
        "capbrief.alerts.recipients[0]=ops@example.com"})
class HoldAndReleaseFunctionalTests {

    static final ServerSetup SMTP = TestSmtp.onFreePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(SMTP);

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::getPort);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    BriefingHolds holds;

    @Autowired
    DeliveryLog deliveries;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aWeekThatTripsALimitIsHeldTheOperatorsAlertedAndAReleaseMailsItOnce() throws Exception {
        // given a Russell 2000 that closes 20% up on the week: 2000.0 on the 15th, 2400.0 on the 22nd
        Files.writeString(dir.resolve("RUT.csv"), "Date,Close\n2024-11-15,2000.0\n2024-11-21,2350.0\n2024-11-22,2400.0\n");
        Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - { id: rut-hold-test, format: price-csv, path: RUT.csv, index: RUSSELL_2000 }
                """);
        String[] run = {"run", "--week", "2024-11-22", "--sources", dir.resolve("sources.yml").toString(), "--out", dir.resolve("out").toString()};

        // when
        int exit = execute(run);

        // then the week is archived and held: exit 3, no reader mailed, one alert with the reason and the release command
        assertThat(exit).as(out + "" + err).isEqualTo(3);
        assertThat(out.toString()).startsWith("Week ending 2024-11-22: held, not mailed: "
                + "Russell 2000 close moved +20.0% in the week (limit 15%); release it with capbrief release --week 2024-11-22 --version 1");
        assertThat(dir.resolve("out/2024-11-22/v1/briefing.pdf")).exists();
        assertThat(deliveries.forWeek(WEEK)).isEmpty();
        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(alert -> {
            assertThat(GreenMailUtil.getAddressList(alert.getAllRecipients())).isEqualTo("ops@example.com");
            assertThat(alert.getSubject()).isEqualTo("[HELD] capbrief: the briefing for the week ending 2024-11-22 (v1) is held, not mailed");
            assertThat(GreenMailUtil.getWholeMessage(alert)).contains("  - Russell 2000 close moved +20.0% in the week (limit 15%)",
                    "    capbrief release --week 2024-11-22 --version 1", "filename=capbrief-2024-11-22-v1.pdf");
        });
        assertThat(holds.find(WEEK, 1)).hasValueSatisfying(h -> {
            assertThat(h.held()).isTrue();
            assertThat(h.alertedAt()).isNotNull();
        });

        // and runs and deliveries say so; resend refuses to mail a held version
        assertThat(execute("runs")).isZero();
        assertThat(out.toString()).containsPattern("2024-11-22 +HELD .*Russell 2000 close moved \\+20.0% in the week \\(limit 15%\\)");
        assertThat(execute("deliveries", "--week", "2024-11-22")).isZero();
        assertThat(out.toString()).contains("v1   HELD     since ", "operators alerted",
                "       release it: capbrief release --week 2024-11-22 --version 1");
        assertThat(execute("resend", "--week", "2024-11-22")).isEqualTo(2);
        assertThat(err.toString()).contains("v1 of the week ending 2024-11-22 is held (Russell 2000 close moved +20.0% in the week");
        // a run of the same week again changes nothing: it is done, and held
        assertThat(execute(run)).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        // when an operator releases it
        assertThat(execute("release", "--week", "2024-11-22")).as(err.toString()).isZero();

        // then the lists get it once, and the release is recorded with who did it
        String user = System.getProperty("user.name");
        assertThat(out.toString()).startsWith("Released v1 of the week ending 2024-11-22 (held for: Russell 2000 close moved +20.0% "
                + "in the week (limit 15%)), as " + user).contains("v1 to pm@example.com: DELIVERED");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(GreenMailUtil.getAddressList(received[1].getAllRecipients())).isEqualTo("pm@example.com");
        assertThat(holds.find(WEEK, 1)).hasValueSatisfying(h -> {
            assertThat(h.held()).isFalse();
            assertThat(h.releasedBy()).isEqualTo(user);
        });
        // and a second release is refused, naming who released it
        assertThat(execute("release", "--week", "2024-11-22", "--version", "1")).isEqualTo(2);
        assertThat(err.toString()).startsWith("capbrief: v1 of the week ending 2024-11-22 was released by " + user + " at ");
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    private int execute(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = CliRunner.commandLine(context);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}

package io.capbrief.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import io.capbrief.SilentServer;
import io.capbrief.TestSmtp;
import io.capbrief.deliver.DistributionSettings.DistributionList;
import io.capbrief.deliver.DistributionSettings.Receives;
import io.capbrief.store.BriefingFiles;
import io.capbrief.store.DeliveryLog;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Delivery over a real SMTP server (GreenMail) and into the outbox: each list's files, at most
 * once per version and recipient, every attempt logged, failures retried and resent.
 */
@SpringBootTest(properties = {
        "capbrief.cli.enabled=false",
        "capbrief.data-dir=target/test-data",
        "spring.datasource.url=jdbc:h2:mem:mailer;DB_CLOSE_DELAY=-1"})
class BriefingMailerTest {

    static final ServerSetup SMTP = TestSmtp.onFreePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(SMTP);

    private static final LocalDate WEEK = LocalDate.of(2024, 11, 22);
    private static final MailSettings SETTINGS = new MailSettings("capbrief@example.com", List.of(),
            new MailSettings.Retry(3, Duration.ofMillis(10), 2.0), null, null, null);
    /** One second to connect, to hear each reply and to write; two attempts 10 ms apart. */
    private static final MailSettings SHORT_TIMEOUTS = new MailSettings("capbrief@example.com", List.of(),
            new MailSettings.Retry(2, Duration.ofMillis(10), 2.0), Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(1));
    private static final DistributionSettings ONE_READER = new DistributionSettings(List.of(
            new DistributionList("readers", Receives.PDF, List.of("reader@example.com"))));
    /** reader: PDF only; pm: on both lists, so PDF and workbook; analyst: workbook only. */
    private static final DistributionSettings LISTS = new DistributionSettings(List.of(
            new DistributionList("readers", Receives.PDF, List.of("reader@example.com", "pm@example.com")),
            new DistributionList("portfolio-managers", Receives.WORKBOOK, List.of("pm@example.com", "analyst@example.com"))));

    @Autowired
    DeliveryLog log;

    @TempDir
    Path dir;

    private BriefingFiles files;

    @BeforeEach
    void renderedVersion() throws IOException {
        files = new BriefingFiles(dir.resolve("v1"));
        Files.createDirectories(files.dir());
        Files.write(files.pdf(), "%PDF-1.4 test".getBytes());
        Files.write(files.workbook(), "PK workbook".getBytes());
        Files.writeString(files.emailHtml(), "<html><body><p>The Russell 2000 rose 6.5%</p></body></html>");
        Files.writeString(files.emailText(), "The Russell 2000 rose 6.5%\n");
    }

    @Test
    void sendsEachListItsFilesWithTheSubjectAndBothBodiesOverSmtp() throws Exception {
        BriefingMailer mailer = mailer(smtpSender());

        List<BriefingMailer.Delivery> deliveries = mailer.deliver(WEEK, 1, files, dir.resolve("outbox"));

        assertThat(deliveries).extracting(BriefingMailer.Delivery::recipient)
                .containsExactly("reader@example.com", "pm@example.com", "analyst@example.com");
        assertThat(deliveries).allSatisfy(d -> assertThat(d.detail()).startsWith("250"));
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        MimeMessage reader = received("reader@example.com");
        assertThat(reader.getSubject()).isEqualTo("Small-cap briefing \u2014 week ending 2024-11-22");
        assertThat(reader.getFrom()[0].toString()).isEqualTo("capbrief@example.com");
        assertThat(GreenMailUtil.getWholeMessage(reader)).contains("multipart/alternative", "text/plain", "text/html",
                "filename=capbrief-2024-11-22-v1.pdf", "application/pdf").doesNotContain(".xlsx");
        assertThat(GreenMailUtil.getWholeMessage(received("pm@example.com")))
                .contains("filename=capbrief-2024-11-22-v1.pdf", "filename=capbrief-2024-11-22-v1.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(GreenMailUtil.getWholeMessage(received("analyst@example.com")))
                .contains("filename=capbrief-2024-11-22-v1.xlsx").doesNotContain(".pdf");
        assertThat(log.attempts(WEEK)).filteredOn(a -> a.version() == 1)
                .extracting(DeliveryLog.Attempt::recipient, DeliveryLog.Attempt::attachments, DeliveryLog.Attempt::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("analyst@example.com", "workbook", "DELIVERED"),
                        org.assertj.core.groups.Tuple.tuple("pm@example.com", "pdf+workbook", "DELIVERED"),
                        org.assertj.core.groups.Tuple.tuple("reader@example.com", "pdf", "DELIVERED"));
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    @Test
    void deliversAVersionToARecipientAtMostOnce() {
        BriefingMailer mailer = mailer(smtpSender());
        mailer.deliver(WEEK, 2, files, dir.resolve("outbox"));

        List<BriefingMailer.Delivery> again = mailer.deliver(WEEK, 2, files, dir.resolve("outbox"));
        List<BriefingMailer.Delivery> resent = mailer.resendMissing(WEEK, 2, files, dir.resolve("outbox"));

        assertThat(again).isEmpty();
        assertThat(resent).isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(log.outcome(WEEK, 2, "pm@example.com")).contains("DELIVERED");
        assertThat(log.attempts(WEEK)).filteredOn(a -> a.version() == 2).hasSize(3);
    }

    @Test
    void aServerThatStopsMidDeliveryIsRetriedRecordedAndTheResendSendsOnlyWhatIsMissing() throws Exception {
        // given a server that goes down once the first recipient has had the mail
        JavaMailSenderImpl failing = new JavaMailSenderImpl() {
            int composed;

            @Override
            public MimeMessage createMimeMessage() {
                if (++composed == 2) {
                    smtp.stop();
                }
                return super.createMimeMessage();
            }
        };
        failing.setHost("127.0.0.1");
        failing.setPort(SMTP.getPort());
        BriefingMailer mailer = mailer(failing);

        // when
        assertThatThrownBy(() -> mailer.deliver(WEEK, 3, files, dir.resolve("outbox")))
                .isInstanceOf(BriefingDeliveryException.class)
                .hasMessageContaining("pm@example.com").hasMessageContaining("analyst@example.com")
                .hasMessageNotContaining("reader@example.com");

        // then the first is delivered, the other two failed after three attempts each, all on record
        assertThat(log.outcome(WEEK, 3, "reader@example.com")).contains("DELIVERED");
        assertThat(log.outcome(WEEK, 3, "pm@example.com")).contains("FAILED");
        List<DeliveryLog.Attempt> pm = log.attempts(WEEK).stream()
                .filter(a -> a.version() == 3 && a.recipient().equals("pm@example.com")).toList();
        assertThat(pm).extracting(DeliveryLog.Attempt::attempt).containsExactly(1, 2, 3);
        assertThat(pm).allSatisfy(a -> {
            assertThat(a.outcome()).isEqualTo("FAILED");
            assertThat(a.reply()).isEqualTo("could not connect to 127.0.0.1:" + SMTP.getPort() + ": Connection refused");
        });

        // when the server is back and the operator resends
        smtp.start();
        List<BriefingMailer.Delivery> resent = mailer(smtpSender()).resendMissing(WEEK, 3, files, dir.resolve("outbox"));

        // then only the two missing recipients get it, on their fourth attempt
        assertThat(resent).extracting(BriefingMailer.Delivery::recipient).containsExactly("pm@example.com", "analyst@example.com");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(BriefingMailerTest::to))
                .containsExactlyInAnyOrder("pm@example.com", "analyst@example.com");
        assertThat(log.attempts(WEEK)).filteredOn(a -> a.version() == 3 && a.recipient().equals("analyst@example.com"))
                .extracting(DeliveryLog.Attempt::outcome).containsExactly("FAILED", "FAILED", "FAILED", "DELIVERED");
        assertThat(log.attempts(WEEK)).filteredOn(a -> a.version() == 3 && a.recipient().equals("reader@example.com"))
                .hasSize(1);
    }

    @Test
    @Timeout(20) // without the timeouts the send would wait for ever
    void aServerThatAcceptsTheConnectionAndNeverAnswersTimesOutEachAttemptAndTheDeliveryFails() {
        try (SilentServer silent = SilentServer.start()) {
            BriefingMailer mailer = mailer(sender(silent.port()), SHORT_TIMEOUTS, ONE_READER);
            long start = System.nanoTime();

            assertThatThrownBy(() -> mailer.deliver(WEEK, 6, files, dir.resolve("outbox")))
                    .isInstanceOf(BriefingDeliveryException.class)
                    .hasMessage("delivery of 2024-11-22 v6 failed for [reader@example.com (timed out after 1 s waiting for 127.0.0.1:"
                            + silent.port() + " to answer)]");

            // each of the two attempts waited its full read timeout for the greeting
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
            assertThat(silent.connections()).isEqualTo(2);
            assertThat(log.attempts(WEEK)).filteredOn(a -> a.version() == 6)
                    .extracting(DeliveryLog.Attempt::attempt, DeliveryLog.Attempt::outcome, DeliveryLog.Attempt::reply)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, "FAILED", "timed out after 1 s waiting for 127.0.0.1:" + silent.port() + " to answer"),
                            org.assertj.core.groups.Tuple.tuple(2, "FAILED", "timed out after 1 s waiting for 127.0.0.1:" + silent.port() + " to answer"));
            assertThat(log.outcome(WEEK, 6, "reader@example.com")).contains("FAILED");
        }
    }

    @Test
    @Timeout(20)
    void aServerThatNeverCompletesTheConnectionTimesOutAtTheConnectTimeout() {
        Optional<SilentServer> unreachable = SilentServer.withFullBacklog();
        assumeTrue(unreachable.isPresent(), "this system refuses a connection to a full backlog rather than dropping it");
        try (SilentServer server = unreachable.get()) {
            assertThatThrownBy(() -> mailer(sender(server.port()), SHORT_TIMEOUTS, ONE_READER).deliver(WEEK, 8, files, dir.resolve("outbox")))
                    .hasMessageContaining("reader@example.com (timed out after 1 s connecting to 127.0.0.1:" + server.port() + ")");
            assertThat(log.attempts(WEEK)).filteredOn(a -> a.version() == 8).extracting(DeliveryLog.Attempt::reply)
                    .containsExactly("timed out after 1 s connecting to 127.0.0.1:" + server.port(),
                            "timed out after 1 s connecting to 127.0.0.1:" + server.port());
        }
    }

    @Test
    @Timeout(30)
    void aServerThatStopsTakingTheMessageTimesOutAtTheWriteTimeout() throws Exception {
        // given a PDF larger than the connection's buffers hold, and a server that stops reading at DATA
        Files.write(files.pdf(), new byte[24 * 1024 * 1024]);
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread smtpUntilData = new Thread(() -> answerUntilData(server), "smtp-until-data");
            smtpUntilData.setDaemon(true);
            smtpUntilData.start();

            assertThatThrownBy(() -> mailer(sender(server.getLocalPort()), SHORT_TIMEOUTS, ONE_READER)
                    .deliver(WEEK, 9, files, dir.resolve("outbox")))
                    .hasMessageContaining("reader@example.com (timed out after 1 s writing to 127.0.0.1:" + server.getLocalPort() + ")");
        }
    }

    /** Answers each connection's greeting and commands up to DATA, then reads no more of it. */
    private static void answerUntilData(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                var in = new java.io.BufferedReader(new java.io.InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
                var out = connection.getOutputStream();
                out.write("220 test\r\n".getBytes(StandardCharsets.US_ASCII));
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    boolean data = line.equalsIgnoreCase("DATA");
                    out.write((data ? "354 go on\r\n" : "250 ok\r\n").getBytes(StandardCharsets.US_ASCII));
                    if (data) {
                        break; // the connection stays open, unread, until the client gives up
                    }
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    @Test
    @Timeout(20)
    void smtpOverTlsHasTheSameTimeouts() {
        try (SilentServer silent = SilentServer.start()) {
            JavaMailSenderImpl smtps = sender(silent.port());
            smtps.setProtocol("smtps");

            // the TLS handshake waits for a server hello that never comes
            assertThatThrownBy(() -> mailer(smtps, SHORT_TIMEOUTS, ONE_READER).deliver(WEEK, 7, files, dir.resolve("outbox")))
                    .hasMessageContaining("reader@example.com (timed out after 1 s waiting for 127.0.0.1:" + silent.port() + " to answer)");
            assertThat(silent.connections()).isEqualTo(2);
        }
    }

    @Test
    void aSendLeftUnderWayByADeadProcessIsNotRepeatedButCanBeResentExplicitly() {
        // given a process that died between starting a send to pm and recording its outcome
        log.begin(WEEK, 5, "pm@example.com", "SMTP", "pdf+workbook");
        BriefingMailer mailer = mailer(smtpSender());

        // when
        List<BriefingMailer.Delivery> deliveries = mailer.deliver(WEEK, 5, files, dir.resolve("outbox"));

        // then pm, who may have had it, is not sent it twice; the others are
        assertThat(deliveries).extracting(BriefingMailer.Delivery::recipient, BriefingMailer.Delivery::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pm@example.com", "INTERRUPTED"),
                org.assertj.core.groups.Tuple.tuple("reader@example.com", "DELIVERED"),
                org.assertj.core.groups.Tuple.tuple("analyst@example.com", "DELIVERED"));
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        // and an explicit resend to pm does send it, with pm's lists' files
        assertThat(mailer.resendTo(WEEK, 5, files, dir.resolve("outbox"), "pm@example.com").outcome()).isEqualTo("DELIVERED");
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(log.outcome(WEEK, 5, "pm@example.com")).contains("DELIVERED");
    }

    @Test
    void writesOneEmlPerRecipientToTheOutboxWithoutSmtp() throws Exception {
        BriefingMailer mailer = mailer(null);

        mailer.deliver(WEEK, 4, files, dir.resolve("outbox"));

        Path eml = dir.resolve("outbox/2024-11-22-v4-pm@example.com.eml");
        assertThat(eml).exists();
        assertThat(dir.resolve("outbox/2024-11-22-v4-reader@example.com.eml")).exists();
        assertThat(dir.resolve("outbox/2024-11-22-v4-analyst@example.com.eml")).exists();
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), Files.newInputStream(eml));
        assertThat(parsed.getSubject()).isEqualTo("Small-cap briefing \u2014 week ending 2024-11-22 (corrected, v4)");
        assertThat(parsed.getAllRecipients()[0].toString()).isEqualTo("pm@example.com");
    }

    @Test
    void theOlderMailToSettingStillReceivesThePdf() {
        DistributionSettings lists = new DistributionSettings(List.of(
                new DistributionList("pms", Receives.BOTH, List.of("pm@example.com"))));

        assertThat(lists.recipients(List.of("old@example.com", "pm@example.com"))).containsExactly(
                new DistributionSettings.Recipient("pm@example.com", true, true),
                new DistributionSettings.Recipient("old@example.com", true, false));
    }

    private MimeMessage received(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(address)).findFirst().orElseThrow();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private BriefingMailer mailer(JavaMailSender sender) {
        return mailer(sender, SETTINGS, LISTS);
    }

    private BriefingMailer mailer(JavaMailSender sender, MailSettings settings, DistributionSettings lists) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mailSender", sender);
        }
        return new BriefingMailer(beans.getBeanProvider(JavaMailSender.class), log, settings, lists);
    }

    private static JavaMailSender smtpSender() {
        return sender(SMTP.getPort());
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }
}

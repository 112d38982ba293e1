package io.capbrief.cli.bench;

import java.nio.file.Path;

import io.capbrief.CapbriefApplication;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole application on a store of its own in the benchmark's work folder, so the benchmark never touches the operator's. */
final class BenchStore {

    private BenchStore() {}

    static ConfigurableApplicationContext open(Path work) {
        return new SpringApplicationBuilder(CapbriefApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .web(WebApplicationType.NONE)
                .registerShutdownHook(false)
                .run("--capbrief.cli.enabled=false",
                        "--capbrief.data-dir=" + work,
                        "--capbrief.out-dir=" + work.resolve("out"),
                        "--capbrief.landing-dir=" + work.resolve("landing"),
                        "--spring.datasource.url=" + datasourceUrl(work),
                        // the benchmark's mail goes to its outbox, never to a configured SMTP server
                        "--spring.autoconfigure.exclude=org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration");
    }

    static String datasourceUrl(Path work) {
        // the settings of the default store in application.yml, so the benchmark times what an operator runs
        return "jdbc:h2:file:" + work.resolve("store/bench") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }
}

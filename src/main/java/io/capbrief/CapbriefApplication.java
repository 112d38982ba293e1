package io.capbrief;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** capbrief: the weekly small-cap market briefing. The command line lives in {@code io.capbrief.cli}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CapbriefApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(CapbriefApplication.class, args)));
    }
}

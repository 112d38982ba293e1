package io.capbrief;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** capbrief: the weekly small-cap market briefing. The command line lives in {@code io.capbrief.cli}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CapbriefApplication {

    /** H2's "database may be already in use": its file is locked by the process that opened it. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final Pattern H2_FILE = Pattern.compile("([^\\s\"]+)\\.mv\\.db");

    static final String QUARTZ = "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration";

    public static void main(String[] args) {
        boolean serve = args.length > 0 && args[0].equals("serve");
        if (serve && System.getProperty("spring.main.web-application-type") == null) {
            // Only the long-running service serves health over HTTP; every other command stays a quick, non-web process.
            System.setProperty("spring.main.web-application-type", "servlet");
        }
        if (!serve) {
            // nor does any other command need the scheduler: it would start Quartz's JDBC store and threads for nothing
            String excluded = System.getProperty("spring.autoconfigure.exclude");
            System.setProperty("spring.autoconfigure.exclude", excluded == null || excluded.isBlank() ? QUARTZ : excluded + "," + QUARTZ);
        }
        int exitCode;
        try {
            exitCode = SpringApplication.exit(SpringApplication.run(CapbriefApplication.class, args));
        } catch (RuntimeException e) {
            System.err.println("capbrief: " + startupFailure(e) + " (the full log is in the data folder's capbrief.log)");
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    /** One line saying why capbrief could not start. */
    static String startupFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                Matcher file = H2_FILE.matcher(String.valueOf(sql.getMessage()));
                return "another capbrief process is using the store " + (file.find() ? file.group(1) : "")
                        + "; wait for it to finish, or stop it";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getName() : root.getMessage();
    }
}

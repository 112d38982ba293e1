package io.capbrief.cli;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** Runs the command line once the application context is up, and hands its exit code to Spring Boot. */
@Component
@ConditionalOnProperty(name = "capbrief.cli.enabled", havingValue = "true", matchIfMissing = true)
class CliRunner implements CommandLineRunner, ExitCodeGenerator {

    private final ApplicationContext context;
    private int exitCode;

    CliRunner(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(String... args) {
        exitCode = commandLine(context).execute(args);
    }

    static CommandLine commandLine(ApplicationContext context) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type.getPackageName().equals(CliRunner.class.getPackageName())) {
                    return context.getAutowireCapableBeanFactory().createBean(type);
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        return new CommandLine(CapbriefCommand.class, factory)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("capbrief: " + e.getMessage());
                    return 1;
                });
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

package io.capbrief.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.capbrief.job.WeekParameters;

/**
 * One week's run as an operator starts it, {@code java -jar capbrief.jar run --week ...}, in a
 * process of its own on the benchmark's store, timed from the start of the process to its exit:
 * Spring's start-up, Flyway's check, a cold JIT and the first render are all in it.
 */
final class WeekProcess {

    /** How the child ended, and after how long. */
    record Outcome(double seconds, int exitCode, String output) {}

    private WeekProcess() {}

    /** The jar this process was started from, when it was started with {@code java -jar}. */
    static Optional<Path> runningJar() {
        String classPath = System.getProperty("java.class.path", "");
        Path jar = Path.of(classPath);
        return classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator) && Files.isRegularFile(jar)
                ? Optional.of(jar.toAbsolutePath())
                : Optional.empty();
    }

    /**
     * The unpacked layout the build writes beside the executable jar ({@code target/capbrief/capbrief.jar}
     * beside {@code target/capbrief.jar}, with its {@code lib/}), when it is there.
     */
    static Optional<Path> unpackedBeside(Path jar) {
        String name = jar.getFileName().toString();
        Path dir = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()));
        Path unpacked = dir.resolve(name);
        return Files.isRegularFile(unpacked) && Files.isDirectory(dir.resolve("lib")) ? Optional.of(unpacked) : Optional.empty();
    }

    /**
     * Runs the week with the store, landing zone and outbox of {@code work}, with this process's heap
     * settings and never a configured SMTP server; its console output goes to {@code output}, and its
     * log (step times included) to {@code capbrief.log} beside it.
     */
    static Outcome run(Path jar, Path work, String datasourceUrl, WeekParameters params, Path output) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("-Xmx") || arg.startsWith("-Xms"))
                .forEach(command::add);
        command.add("-Dcapbrief.data-dir=" + work);
        command.add("-Dcapbrief.out-dir=" + work.resolve("out"));
        command.add("-Dcapbrief.landing-dir=" + work.resolve("landing"));
        command.add("-Dspring.datasource.url=" + datasourceUrl);
        command.add("-Dlogging.file.name=" + output.resolveSibling("capbrief.log").toAbsolutePath());
        command.add("-Dlogging.level.org.springframework.batch=INFO");
        command.add("-Dspring.autoconfigure.exclude=org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration");
        command.addAll(List.of("-jar", jar.toString(), "run", "--week", params.week().toString(),
                "--sources", params.sources().toString(), "--out", params.out().toString()));
        Files.createDirectories(output.getParent());
        Path log = output;
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exitCode;
        try {
            exitCode = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the week's process ran", e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Outcome(seconds, exitCode, Files.readString(log).strip());
    }
}

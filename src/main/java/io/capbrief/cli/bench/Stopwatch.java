package io.capbrief.cli.bench;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;

/** The wall-clock time and the whole process's CPU time since it was started. */
final class Stopwatch {

    private final long wallStart = System.nanoTime();
    private final long cpuStart = cpuNanos();

    private Stopwatch() {}

    static Stopwatch start() {
        return new Stopwatch();
    }

    double seconds() {
        return (System.nanoTime() - wallStart) / 1e9;
    }

    double cpuSeconds() {
        return (cpuNanos() - cpuStart) / 1e9;
    }

    // the whole process's: the parsing, the workbook and H2's writers run on threads of their own,
    // and on a machine shared with other builds CPU time is steadier than wall time
    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}

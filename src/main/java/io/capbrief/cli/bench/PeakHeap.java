package io.capbrief.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The most heap in use while a benchmark runs, sampled every few milliseconds: the pools' own peaks
 * add up the peak of each generation at different moments, so they overstate it.
 */
final class PeakHeap implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    PeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-peak-heap");
        sampler.setDaemon(true);
        sampler.start();
    }

    long peakBytes() {
        return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }

    /** The sum of the heap pools' peaks since the start: an upper bound. */
    static long poolPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The process's peak resident set (VmHWM in /proc/self/status), or -1 where there is no /proc. */
    static long peakRssBytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The peak heap, the pools' sum of peaks and the peak resident set, in MB. */
    void report(BenchReport report) {
        long mb = 1024 * 1024;
        report.put("peak_heap_mb", peakBytes() / mb);
        report.put("peak_heap_pools_sum_mb", poolPeakBytes() / mb);
        long rss = peakRssBytes();
        report.put("peak_rss_mb", rss < 0 ? null : rss / mb);
        report.row("peak heap / peak RSS", peakBytes() / mb + " MB / " + (rss < 0 ? "n/a" : rss / mb + " MB")
                + " (RSS includes generating the sample)");
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}

package io.capbrief.report;

import java.util.List;
import java.util.stream.IntStream;

import io.capbrief.metrics.fundamentals.MaturitySchedule;

/**
 * A bucket of the maturity wall (METRICS.md section 5): its figures.json name and the label a reader sees, the same in
 * the PDF's table and the workbook's.
 */
public record MaturityBucket(String name, String label) {

    private static final List<String> LABELS = List.of("12 months", "Year 2", "Year 3", "Year 4", "Year 5", "After 5");

    /** Every bucket, nearest first, named as {@link MaturitySchedule#BUCKETS} names them. */
    public static final List<MaturityBucket> ALL = IntStream.range(0, MaturitySchedule.BUCKETS.size())
            .mapToObj(i -> new MaturityBucket(MaturitySchedule.BUCKETS.get(i), LABELS.get(i)))
            .toList();
}

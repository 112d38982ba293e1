package io.capbrief.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.capbrief.model.EstimateRow;
import io.capbrief.model.RejectedRow;
import io.capbrief.model.SeriesObservation;
import io.capbrief.model.TickerPrice;

/**
 * Nothing is observed before it happens (METRICS.md section 9): a close, a rate or an estimate dated
 * after the day its file is loaded is quarantined as a future date. A date after the week being
 * briefed is no error (files run ahead of an old week), so this compares with today, not with the week.
 * Apart from readers because only the run knows today; like them it touches nothing but its arguments.
 */
public final class FutureDates {

    private FutureDates() {}

    /** The file with its records dated after {@code today} moved to its rejected rows. */
    public static ExtractedFile quarantine(ExtractedFile extracted, Path file, LocalDate today) {
        List<Object> kept = new ArrayList<>(extracted.records().size());
        List<RejectedRow> rejected = new ArrayList<>(extracted.rejected());
        for (Object record : extracted.records()) {
            Dated dated = dated(record);
            if (dated != null && dated.date().isAfter(today)) {
                rejected.add(new RejectedRow(file.toString(), dated.line(), dated.field(), dated.date().toString(),
                        dated.field() + " " + dated.date() + " is after " + today + ", the day the file was loaded: a future date",
                        true));
            } else {
                kept.add(record);
            }
        }
        return rejected.size() == extracted.rejected().size() ? extracted
                : new ExtractedFile(extracted.asOf(), kept, rejected);
    }

    private record Dated(LocalDate date, String field, long line) {}

    /** The date a record was observed on, null for records that are not observations of a day. */
    private static Dated dated(Object record) {
        if (record instanceof SeriesObservation o) {
            return new Dated(o.date(), "date", o.line());
        }
        if (record instanceof TickerPrice p) {
            return new Dated(p.date(), "date", p.line());
        }
        if (record instanceof EstimateRow e) {
            return new Dated(e.asOf(), "as_of", e.line());
        }
        return null;
    }
}

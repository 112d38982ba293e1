package io.capbrief.extract;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The file formats the manifest's {@code format:} accepts, each with its reader. */
public enum SourceFormat {
    FRED_CSV("fred-csv") {
        @Override
        public List<SeriesObservation> read(Path file, String series) {
            return new FredCsvReader().read(file, series);
        }
    },
    PRICE_CSV("price-csv") {
        @Override
        public List<SeriesObservation> read(Path file, String series) {
            return new PriceCsvReader().read(file, series);
        }
    };

    private final String id;

    SourceFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public abstract List<SeriesObservation> read(Path file, String series);

    public static SourceFormat of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + id + "', expected one of "
                        + Arrays.stream(values()).map(SourceFormat::id).toList()));
    }
}

package io.capbrief.extract;

import java.time.LocalDate;

/**
 * One entry of the sources manifest.
 *
 * @param path relative to the manifest's folder; may be a glob
 * @param index the index whose closes the file holds (price and FRED index files)
 * @param series the rate series the file holds (FRED rate files), e.g. DGS10
 */
public record SourceSpec(String id, String format, String path, String index, String series, LocalDate asOf) {

    /** The series the file's observations are stored under: the index code or the rate series. */
    public String target() {
        return index != null ? index : series;
    }
}

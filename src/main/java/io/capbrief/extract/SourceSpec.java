package io.capbrief.extract;

import java.time.LocalDate;

/**
 * One entry of the sources manifest.
 *
 * @param path relative to the manifest's folder; may be a glob
 * @param index the index whose closes the file holds (price and FRED index files)
 * @param series the rate series the file holds (FRED rate files), e.g. DGS10
 * @param asOf the date a file that carries none speaks for (vendor fundamentals)
 */
public record SourceSpec(String id, String format, String path, String index, String series, LocalDate asOf) {

    /**
     * What the file's rows are stored under: the index (closes or holdings), the rate series, or
     * for company-level files, the format itself.
     */
    public String target() {
        return index != null ? index : series != null ? series : format;
    }
}

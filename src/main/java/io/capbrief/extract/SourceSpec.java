package io.capbrief.extract;

import java.time.LocalDate;
import java.util.Map;

/**
 * One entry of the sources manifest.
 *
 * @param path relative to the manifest's folder; may be a glob
 * @param index the index whose closes the file holds (price and FRED index files)
 * @param series the rate series the file holds (FRED rate files), e.g. DGS10
 * @param asOf the date a file that carries none speaks for (vendor fundamentals)
 * @param url where {@code capbrief fetch} downloads the file from (http or https), or null for a file
 *     someone drops; a URL holding {@code {cik}} is fetched once per index constituent into the path's {@code *}
 * @param headers request headers whose values come from environment variables (header name to
 *     variable name), for a vendor's authorization; never the secret itself
 */
public record SourceSpec(String id, String format, String path, String index, String series, LocalDate asOf,
        String url, Map<String, String> headers) {

    /** The placeholder a URL fetched once per company holds: the CIK, 10 digits zero padded. */
    public static final String CIK = "{cik}";

    public SourceSpec {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** An entry read from files someone places, fetched from nowhere. */
    public SourceSpec(String id, String format, String path, String index, String series, LocalDate asOf) {
        this(id, format, path, index, series, asOf, null, Map.of());
    }

    public boolean perCompany() {
        return url != null && url.contains(CIK);
    }

    /**
     * What the file's rows are stored under: the index (closes or holdings), the rate series, or
     * for company-level files, the format itself.
     */
    public String target() {
        return index != null ? index : series != null ? series : format;
    }
}

package io.capbrief.extract.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import io.capbrief.extract.SourceFormat;

/**
 * One download: a URL into a file.
 *
 * @param path the file to write; a {@code *} in its name is filled with the date the file speaks for (a holdings
 *     file's "as of"), or the day it was fetched for a format that carries none
 * @param headers extra request headers, their values already read from the environment
 * @param cik for one company's download of a {@code {cik}} entry, its CIK (10 digits); null otherwise
 */
public record FetchRequest(String sourceId, SourceFormat format, URI url, Path path, Map<String, String> headers, String cik) {

    public FetchRequest {
        headers = Map.copyOf(headers);
    }

    public FetchRequest(String sourceId, SourceFormat format, URI url, Path path, Map<String, String> headers) {
        this(sourceId, format, url, path, headers, null);
    }

    public boolean dated() {
        return path.getFileName().toString().contains("*");
    }

    public String host() {
        return url.getHost().toLowerCase(java.util.Locale.ROOT);
    }
}

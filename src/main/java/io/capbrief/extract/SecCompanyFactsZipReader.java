package io.capbrief.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.capbrief.model.RejectedRow;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Reads SEC's nightly bulk {@code companyfacts.zip} (one {@code CIK##########.json} per registrant, about 19,000)
 * straight from the zip, one wanted company at a time; the other entries are never inflated. POI's
 * {@link ZipSecureFile} guards every entry read against zip bombs (a minimum inflate ratio and a maximum entry size),
 * as it does for the SPDR workbook.
 *
 * <p>An entry that is not a readable companyfacts object is quarantined with its name and the reason, and the other
 * companies are read on: one bad registrant must not cost the index its fundamentals. A zip that does not open, or
 * an entry that trips a guard, refuses the file whole.
 */
public final class SecCompanyFactsZipReader {

    private static final Pattern ENTRY = Pattern.compile("(?:.*/)?CIK(\\d{10})\\.json");

    /** The wanted companies' facts, one part per company, in the zip's order. */
    public ExtractedParts read(Path zip, Predicate<String> wantedCik) {
        ZipSecureFile file;
        try {
            file = new ZipSecureFile(zip.toFile());
        } catch (IOException e) {
            throw new SourceFormatException(zip, 0, "not a zip that opens (" + e.getMessage() + "); expected SEC's companyfacts.zip");
        }
        return new Parts(zip, file, wantedCik);
    }

    /** Every company of the zip as one file: for small zips and checks; a run reads {@link #read} part by part. */
    public ExtractedFile readAll(Path zip) {
        List<Object> records = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        try (ExtractedParts parts = read(zip, cik -> true)) {
            parts.forEachRemaining(part -> {
                records.addAll(part.records());
                rejected.addAll(part.rejected());
            });
        }
        return new ExtractedFile(null, records, rejected);
    }

    private static final class Parts implements ExtractedParts {

        private final Path zip;
        private final ZipSecureFile file;
        private final Enumeration<ZipArchiveEntry> entries;
        private final Predicate<String> wanted;
        private ZipArchiveEntry next;
        private boolean companyFound;

        Parts(Path zip, ZipSecureFile file, Predicate<String> wanted) {
            this.zip = zip;
            this.file = file;
            this.entries = file.getEntries();
            this.wanted = wanted;
        }

        @Override
        public boolean hasNext() {
            while (next == null && entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                Matcher name = ENTRY.matcher(entry.getName());
                if (!entry.isDirectory() && name.matches()) {
                    companyFound = true;
                    if (wanted.test(name.group(1))) {
                        next = entry;
                    }
                }
            }
            if (next == null && !companyFound) {
                throw new SourceFormatException(zip, 0, "holds no CIK##########.json entry; expected SEC's companyfacts.zip");
            }
            return next != null;
        }

        @Override
        public ExtractedFile next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ZipArchiveEntry entry = next;
            next = null;
            Path shownAs = Path.of(zip + "!" + entry.getName());
            try (InputStream in = file.getInputStream(entry)) {
                CompanyFacts facts = new SecCompanyFactsReader().read(in, shownAs);
                return new ExtractedFile(null, facts.facts(), facts.rejected());
            } catch (SourceFormatException e) {
                return new ExtractedFile(null, List.of(), List.of(
                        new RejectedRow(shownAs.toString(), e.line(), null, entry.getName(), e.getMessage(), true)));
            } catch (IOException | UncheckedIOException e) {
                throw new SourceFormatException(zip, 0, entry.getName() + " cannot be read: " + e.getMessage());
            }
        }

        @Override
        public void close() {
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + zip, e);
            }
        }
    }
}

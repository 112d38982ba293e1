package io.capbrief.extract;

import java.util.Iterator;
import java.util.List;

/**
 * A file's records in parts, read one after the other so that only one part is in memory: one part for most
 * formats, one company at a time for SEC's bulk companyfacts zip. Closing it releases the file.
 */
public interface ExtractedParts extends Iterator<ExtractedFile>, AutoCloseable {

    @Override
    void close();

    /** A file read whole, as one part. */
    static ExtractedParts of(ExtractedFile file) {
        Iterator<ExtractedFile> one = List.of(file).iterator();
        return new ExtractedParts() {
            @Override
            public boolean hasNext() {
                return one.hasNext();
            }

            @Override
            public ExtractedFile next() {
                return one.next();
            }

            @Override
            public void close() {
            }
        };
    }
}

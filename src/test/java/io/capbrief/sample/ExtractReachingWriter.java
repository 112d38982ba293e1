package io.capbrief.sample;

import io.capbrief.extract.SourceFormatException;

/** A deliberate breach of the layout, for {@code LayoutRulesTest}: a sample writer that uses a reader's class. */
final class ExtractReachingWriter {

    Class<?> reads() {
        return SourceFormatException.class;
    }
}

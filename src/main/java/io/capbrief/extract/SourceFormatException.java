package io.capbrief.extract;

import java.nio.file.Path;

/** A source file that cannot be read as its format promises; the message names the file, the line and the problem. */
public class SourceFormatException extends RuntimeException {

    private final Path file;
    private final long line;

    public SourceFormatException(Path file, long line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when the file is wrong as a whole. */
    public long line() {
        return line;
    }
}

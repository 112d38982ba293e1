package io.capbrief.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a file that must be text (METRICS.md section 9): UTF-8, or Latin-1 when it is not UTF-8.
 * A file with a control byte (NUL and the like: binary), or one that is neither, is refused with
 * the offset of its first bad byte, before a reader can fail on it with a decoder's "Input length = 1".
 */
final class TextFiles {

    private static final int CHUNK = 1 << 16;

    private TextFiles() {}

    static BufferedReader open(Path file) {
        Charset charset = charsetOf(file);
        try {
            return Files.newBufferedReader(file, charset);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** UTF-8 or Latin-1, whichever the whole file is, checked in one pass over its bytes before any is parsed. */
    static Charset charsetOf(Path file) {
        Scan scan = new Scan(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[CHUNK];
            int n;
            while ((n = in.read(chunk)) >= 0) {
                scan.bytes(chunk, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return scan.charset();
    }

    /** The state of one pass: where the bytes are, and the first that is not UTF-8 and the first that is not Latin-1 text. */
    private static final class Scan {

        private final Path file;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder(); // reports malformed input
        private final ByteBuffer pending = ByteBuffer.allocate(CHUNK + 8);
        private final CharBuffer decoded = CharBuffer.allocate(CHUNK);
        private long offset;
        private long line = 1;
        /** The offset of the first byte of {@code pending}. */
        private long pendingOffset;
        private long notUtf8 = -1;
        private int notUtf8Byte;
        private long notUtf8Line;
        private long notLatin1 = -1;
        private int notLatin1Byte;

        Scan(Path file) {
            this.file = file;
        }

        void bytes(byte[] chunk, int n) {
            for (int i = 0; i < n; i++, offset++) {
                int b = chunk[i] & 0xFF;
                if (b == '\n') {
                    line++;
                } else if (b < 0x20 && b != '\t' && b != '\r' || b == 0x7F) {
                    throw new SourceFormatException(file, line, "not a text file: byte " + hex(b) + " at offset " + offset
                            + " is a control character (a binary file?)");
                } else if (b >= 0x80 && b <= 0x9F && notLatin1 < 0) {
                    notLatin1 = offset;
                    notLatin1Byte = b;
                }
            }
            if (notUtf8 < 0) {
                pending.put(chunk, 0, n).flip();
                decode(false);
                pendingOffset += pending.position();
                pending.compact();
            }
        }

        Charset charset() {
            if (notUtf8 < 0) {
                pending.flip();
                decode(true);
            }
            if (notUtf8 < 0) {
                return StandardCharsets.UTF_8;
            }
            if (notLatin1 < 0) {
                return StandardCharsets.ISO_8859_1;
            }
            throw new SourceFormatException(file, notUtf8Line, "not a text file: byte " + hex(notUtf8Byte) + " at offset "
                    + notUtf8 + " is not UTF-8, and byte " + hex(notLatin1Byte) + " at offset " + notLatin1
                    + " is a control character in Latin-1; expected UTF-8 or Latin-1 text");
        }

        private void decode(boolean end) {
            while (true) {
                CoderResult result = utf8.decode(pending, decoded, end);
                if (result.isOverflow()) {
                    decoded.clear();
                } else if (result.isError()) {
                    notUtf8 = pendingOffset + pending.position();
                    notUtf8Byte = pending.get(pending.position()) & 0xFF;
                    notUtf8Line = lineAt(pending.position());
                    return;
                } else {
                    return;
                }
            }
        }

        /** The line of a byte of {@code pending}: the lines counted so far less the line ends still ahead of it. */
        private long lineAt(int position) {
            long ahead = 0;
            for (int i = position; i < pending.limit(); i++) {
                if (pending.get(i) == '\n') {
                    ahead++;
                }
            }
            return line - ahead;
        }

        private static String hex(int b) {
            return String.format("0x%02X", b);
        }
    }
}

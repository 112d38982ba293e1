package io.capbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8Text() throws IOException {
        Path file = write("ticker,name\nNESN,Nestl\u00E9\n".getBytes(StandardCharsets.UTF_8));

        assertThat(TextFiles.charsetOf(file)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(text(file)).isEqualTo("ticker,name\nNESN,Nestl\u00E9");
    }

    @Test
    void readsLatin1TextThatIsNotUtf8() throws IOException {
        // an export from a spreadsheet on Windows: é is the one byte 0xE9, which is no UTF-8
        Path file = write("ticker,name\nNESN,Nestl\u00E9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(TextFiles.charsetOf(file)).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(text(file)).isEqualTo("ticker,name\nNESN,Nestl\u00E9");
    }

    @Test
    void refusesANulByteNamingItsOffsetAndLine() throws IOException {
        Path file = write("date,value\n2024-11-22,4.41\n2024\0".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> TextFiles.open(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + " line 3: not a text file: byte 0x00 at offset 31 is a control character (a binary file?)")
                .satisfies(e -> assertThat(((SourceFormatException) e).line()).isEqualTo(3));
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorLatin1NamingTheFirstBadByte() throws IOException {
        // 0xC3 starts a two-byte UTF-8 sequence that '(' does not continue; 0x93 is a Windows-1252 quote,
        // a C1 control character in Latin-1
        Path file = write(new byte[] {'a', ',', 'b', '\n', 'x', (byte) 0xC3, '(', '\n', (byte) 0x93, 'q'});

        assertThatThrownBy(() -> TextFiles.open(file))
                .isInstanceOf(SourceFormatException.class)
                .hasMessage(file + " line 2: not a text file: byte 0xC3 at offset 5 is not UTF-8, and byte 0x93 at offset 8"
                        + " is a control character in Latin-1; expected UTF-8 or Latin-1 text");
    }

    @Test
    void refusesAUtf8SequenceCutShortByTheEndOfTheFile() throws IOException {
        // the first two bytes of the euro sign, E2 82 AC; 0x82 is no Latin-1 text either
        Path file = write(new byte[] {'a', 'b', 'c', (byte) 0xE2, (byte) 0x82});

        assertThatThrownBy(() -> TextFiles.open(file))
                .hasMessage(file + " line 1: not a text file: byte 0xE2 at offset 3 is not UTF-8, and byte 0x82 at offset 4"
                        + " is a control character in Latin-1; expected UTF-8 or Latin-1 text");
    }

    @Test
    void keepsCountingOffsetsAndLinesAcrossTheChunksItReadsAndDecodesACharacterSplitBetweenTwo() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // 65,535 bytes, then é (C3 A9) across the 65,536-byte chunk boundary: still UTF-8
        bytes.write("a".repeat(65_535).getBytes(StandardCharsets.US_ASCII));
        bytes.write("\u00E9\n".getBytes(StandardCharsets.UTF_8));
        // then 20,000 lines of 5 bytes: the next byte is at 65,535 + 3 + 100,000 = 165,538, on line 20,002
        bytes.write("1234\n".repeat(20_000).getBytes(StandardCharsets.US_ASCII));
        Path utf8 = write(bytes.toByteArray());
        assertThat(TextFiles.charsetOf(utf8)).isEqualTo(StandardCharsets.UTF_8);

        bytes.write(new byte[] {(byte) 0xC3, '(', (byte) 0x85});
        Path bad = write(bytes.toByteArray());

        assertThatThrownBy(() -> TextFiles.open(bad))
                .hasMessage(bad + " line 20002: not a text file: byte 0xC3 at offset 165538 is not UTF-8, and byte 0x85"
                        + " at offset 165540 is a control character in Latin-1; expected UTF-8 or Latin-1 text");
    }

    @Test
    void acceptsTabsAndCrlfLineEndsAndAnEmptyFile() throws IOException {
        assertThat(TextFiles.charsetOf(write("a\tb\r\nc\td\r\n".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextFiles.charsetOf(write(new byte[0]))).isEqualTo(StandardCharsets.UTF_8);
    }

    private Path write(byte[] content) throws IOException {
        Path file = dir.resolve("file.csv");
        Files.write(file, content);
        return file;
    }

    private static String text(Path file) throws IOException {
        try (BufferedReader reader = TextFiles.open(file)) {
            return reader.lines().collect(Collectors.joining("\n"));
        }
    }
}

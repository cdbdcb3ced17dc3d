package org.verbatim.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.transcript.TranscriptFixtures.UTF8_BOM;
import static org.verbatim.transcript.TranscriptFixtures.write;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RefusalTest {
    @TempDir
    Path dir;

    @Test
    void refusalMessageNamesTheFileThenTheReason() throws Exception {
        Path file = write(dir, "slides.pdf", "%PDF-1.7");

        assertThatThrownBy(() -> TranscriptReaders.read(file, ReadOptions.DETECT))
                .isInstanceOf(TranscriptRefusedException.class)
                .hasMessage("slides.pdf: unsupported file type .pdf (Verbatim reads .txt, .md, .docx, .vtt, .srt)")
                .satisfies(e -> assertThat(((TranscriptRefusedException) e).file()).isEqualTo(file));
    }

    @Test
    void fileWithoutExtensionIsRefusedAsUnsupported() throws Exception {
        Path file = write(dir, "README", "Interviewer: hi");

        assertRefusal(file).isEqualTo(
                "unsupported file type: the name has no extension (Verbatim reads .txt, .md, .docx, .vtt, .srt)");
    }

    static Stream<Arguments> emptyFiles() {
        return Stream.of(
                Arguments.of("empty.txt", new byte[0]),
                Arguments.of("spaces.md", " \n\t\r\n  ".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("bom-only.txt", UTF8_BOM),
                Arguments.of("empty.docx", new byte[0]),
                Arguments.of("empty.vtt", new byte[0]),
                Arguments.of("blank.srt", "\n\n".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emptyFiles")
    void emptyOrWhitespaceOnlyFileIsRefused(String name, byte[] bytes) throws Exception {
        assertRefusal(write(dir, name, bytes)).isEqualTo("the file is empty");
    }

    static Stream<Arguments> binaryFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] controls = "Interviewer: hello there, this is text".getBytes(StandardCharsets.US_ASCII);
        controls[5] = 0x01;
        byte[] utf16Zeros = new byte[200];
        utf16Zeros[0] = (byte) 0xFF;
        utf16Zeros[1] = (byte) 0xFE;
        byte[] lateNul = new byte[100_000];
        Arrays.fill(lateNul, (byte) 'a');
        lateNul[99_000] = 0;
        return Stream.of(
                Arguments.of("image renamed to .txt", "photo.txt", png),
                Arguments.of("control characters without NUL", "a.md", controls),
                Arguments.of("NUL far beyond the first 64 KB", "late.txt", lateNul),
                Arguments.of("zeros behind a UTF-16 BOM", "a.srt", utf16Zeros));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryFiles")
    void binaryDataIsRefused(String description, String name, byte[] bytes) throws Exception {
        assertRefusal(write(dir, name, bytes)).isEqualTo("binary data, not a text transcript");
    }

    @Test
    void aFewFormFeedsAndTabsAreStillText() throws Exception {
        Path file = write(dir, "a.txt", "Interviewer:\tpage one\f\nR1:\tpage two\n");

        assertThat(TranscriptReaders.read(file, ReadOptions.DETECT).turns()).hasSize(2);
    }

    @Test
    void fileLargerThan64MbIsRefusedWithoutReadingIt() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(64L * 1024 * 1024 + 1);
        }

        assertRefusal(file).isEqualTo("file is 65 MB; the limit for a transcript is 64 MB");
    }

    @Test
    void fileAtALoweredLimitPassesAndOneByteMoreIsRefused() throws Exception {
        ReadLimits limits = new ReadLimits(10, 1_000, 1024, 1024);
        Path atLimit = write(dir, "ok.txt", "R1: abcdef");
        Path over = write(dir, "over.txt", "R1: abcdefg");

        assertThat(TranscriptReaders.read(atLimit, ReadOptions.DETECT, limits).text()).isEqualTo("R1: abcdef");
        assertThatThrownBy(() -> TranscriptReaders.read(over, ReadOptions.DETECT, limits))
                .isInstanceOf(TranscriptRefusedException.class)
                .extracting(e -> ((TranscriptRefusedException) e).reason())
                .isEqualTo("file is 11 bytes; the limit for a transcript is 10 bytes");
    }

    @Test
    void missingFileIsRefused() {
        assertRefusal(dir.resolve("gone.txt")).isEqualTo("the file does not exist");
    }

    @Test
    void folderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));

        assertRefusal(folder).isEqualTo("this is a folder, not a file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.txt", "B.TXT", "c.md", "d.Markdown", "e.docx", "f.VTT", "g.srt", "h.tar.txt"})
    void supportedExtensionsAreRecognisedInAnyCase(String name) {
        assertThat(TranscriptReaders.isSupported(Path.of(name))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.pdf", "b.doc", "c.rtf", "d", "e.txt.bak", "f.", ".hidden"})
    void otherExtensionsAreNotSupported(String name) {
        assertThat(TranscriptReaders.isSupported(Path.of(name))).isFalse();
    }

    static AbstractStringAssert<?> assertRefusal(Path file) {
        return assertRefusal(file, ReadOptions.DETECT);
    }

    static AbstractStringAssert<?> assertRefusal(Path file, ReadOptions options) {
        try {
            TranscriptReaders.read(file, options);
        } catch (TranscriptRefusedException e) {
            assertThat(e.getMessage()).isEqualTo(file.getFileName() + ": " + e.reason());
            return assertThat(e.reason());
        } catch (Exception e) {
            throw new AssertionError("expected a refusal, got " + e, e);
        }
        throw new AssertionError("expected a refusal of " + file.getFileName() + ", but it was read");
    }
}

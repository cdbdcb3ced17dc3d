package org.verbatim.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.verbatim.transcript.RefusalTest.assertRefusal;
import static org.verbatim.transcript.SpeakerTurnParserTest.assertTurn;
import static org.verbatim.testing.Archives.docx;
import static org.verbatim.transcript.TranscriptFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.testing.Archives;

class DocxReadingTest {
    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

    @TempDir
    Path dir;

    @Test
    void paragraphsBecomeLinesAndLabelledParagraphsStartTurns() throws Exception {
        Path file = write(dir, "interview.docx", docx(
                "Interview 7, Petrozavodsk",
                "[00:00:06] Interviewer: So, the recorder is on.",
                "Let's start with you.",
                "",
                "[00:00:29] Ольга С.: Хорошо. Я окончила университет.",
                "**R2:** bold markers are plain text in Word"));

        ParsedTranscript transcript = TranscriptReaders.read(file, ReadOptions.DETECT);

        assertThat(transcript.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(transcript.encoding()).isEqualTo("UTF-8");
        assertThat(transcript.text()).isEqualTo("Interview 7, Petrozavodsk\n"
                + "[00:00:06] Interviewer: So, the recorder is on.\n"
                + "Let's start with you.\n"
                + "\n"
                + "[00:00:29] Ольга С.: Хорошо. Я окончила университет.\n"
                + "**R2:** bold markers are plain text in Word");
        assertThat(transcript.turns()).hasSize(3);
        assertTurn(transcript.text(), transcript.turns().get(0), "Interviewer", 6_000L,
                "So, the recorder is on.\nLet's start with you.");
        assertTurn(transcript.text(), transcript.turns().get(1), "Ольга С.", 29_000L, "Хорошо. Я окончила университет.");
        assertTurn(transcript.text(), transcript.turns().get(2), "R2", null, "bold markers are plain text in Word");
    }

    @Test
    void tableParagraphsAreReadInDocumentOrder() throws Exception {
        byte[] bytes;
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Interviewer: Before the table.");
            XWPFTable table = document.createTable(2, 1);
            table.getRow(0).getCell(0).setText("R1: In the first row.");
            table.getRow(1).getCell(0).setText("In the second row.");
            document.createParagraph().createRun().setText("Interviewer: After the table.");
            bytes = Archives.toBytes(document);
        }

        ParsedTranscript transcript = TranscriptReaders.read(write(dir, "t.docx", bytes), ReadOptions.DETECT);

        assertThat(transcript.text()).isEqualTo("Interviewer: Before the table.\n"
                + "R1: In the first row.\n"
                + "In the second row.\n"
                + "Interviewer: After the table.");
        assertThat(transcript.turns()).extracting(ParsedTurn::speaker).containsExactly("Interviewer", "R1", "Interviewer");
        assertTurn(transcript.text(), transcript.turns().get(1), "R1", null, "In the first row.\nIn the second row.");
    }

    @Test
    void textFileRenamedToDocxIsRefused() throws Exception {
        assertRefusal(write(dir, "fake.docx", "Interviewer: I am plain text."))
                .isEqualTo("not a Word document: the file is not a ZIP archive");
    }

    @Test
    void zipWithoutWordDocumentIsRefused() throws Exception {
        Path file = write(dir, "photos.docx", Archives.zip(Map.of(
                "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8),
                "photo.jpg", new byte[] {1, 2, 3})));

        assertRefusal(file).isEqualTo("not a Word document: word/document.xml is missing");
    }

    @Test
    void zipBombIsRefusedQuicklyWithoutInflatingIt() throws Exception {
        Path bomb = Archives.zipOfZeros(dir.resolve("bomb.docx"), "word/document.xml", 1024);
        assertThat(bomb.toFile().length()).isLessThan(2L * 1024 * 1024);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertRefusal(bomb)
                .isEqualTo("refused: word/document.xml expands to more than 50 MB (zip bomb?)"));
    }

    @Test
    void archiveWhoseEntriesTogetherExpandTooFarIsRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("word/document.xml", new byte[1024]);
        for (int i = 1; i <= 3; i++) {
            entries.put("word/media/part" + i + ".bin", new byte[1536 * 1024]);
        }
        Path file = write(dir, "many.docx", Archives.zip(entries));
        ReadLimits limits = new ReadLimits(ReadLimits.DEFAULT.maxFileBytes(), 1_000, 4 * ReadLimits.MB, 2 * ReadLimits.MB);

        assertThatThrownBy(() -> TranscriptReaders.read(file, ReadOptions.DETECT, limits))
                .isInstanceOf(TranscriptRefusedException.class)
                .extracting(e -> ((TranscriptRefusedException) e).reason())
                .isEqualTo("refused: the archive expands to more than 4 MB (zip bomb?)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../evil.sh", "/etc/cron.d/evil", "word/../../evil.xml", "C:\\evil.bat"})
    void anEntryPointingOutsideTheArchiveIsRefusedAsAnAttack(String name) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx("Interviewer: Hello.")))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        entries.put(name, "x".getBytes(StandardCharsets.UTF_8));

        assertRefusal(write(dir, "slip.docx", Archives.zip(entries))).startsWith("refused: the archive holds an entry named '")
                .endsWith("' that points outside the archive; Word never writes one (possible path-traversal attack)");
    }

    @Test
    void archiveWithTooManyEntriesIsRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("word/document.xml", new byte[0]);
        for (int i = 0; i < 1_000; i++) {
            entries.put("word/media/p" + i + ".bin", new byte[0]);
        }

        assertRefusal(write(dir, "crowded.docx", Archives.zip(entries)))
                .isEqualTo("refused: the archive has more than 1,000 entries (zip bomb?)");
    }

    @Test
    void documentDeclaringAnExternalEntityIsRefused() throws Exception {
        byte[] xxe = Archives.rewriteEntry(docx("Interviewer: Hello."), "word/document.xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                        .replace("Hello.", "&xxe;"));

        assertRefusal(write(dir, "xxe.docx", xxe)).isEqualTo(
                "refused: word/document.xml declares a DTD; Word never writes one (possible XML external entity attack)");
    }

    @Test
    void zipWhoseDocumentIsNotXmlIsRefusedAsUnreadable() throws Exception {
        byte[] broken = Archives.rewriteEntry(docx("Interviewer: Hello."), "word/document.xml",
                xml -> "this is not XML at all");

        assertRefusal(write(dir, "broken.docx", broken)).startsWith("not a readable Word document: ");
    }

    @Test
    void truncatedArchiveIsRefusedAsUnreadable() throws Exception {
        byte[] whole = docx("Interviewer: Hello.");
        byte[] truncated = java.util.Arrays.copyOf(whole, 60);

        assertRefusal(write(dir, "cut.docx", truncated)).startsWith("not a ");
    }

    @Test
    void documentWithoutTextIsRefused() throws Exception {
        assertRefusal(write(dir, "blank.docx", docx("", "  "))).isEqualTo("the document contains no text");
    }

    @Test
    void doctypeIsFoundAcrossBufferBoundariesAndInUtf16() {
        DoctypeScanner split = new DoctypeScanner();
        assertThat(split.feed("<?xml?><!DOC".getBytes(StandardCharsets.US_ASCII), 12)).isFalse();
        assertThat(split.feed("type x>".getBytes(StandardCharsets.US_ASCII), 7)).isTrue();

        byte[] utf16 = "<<!DOCTYPE".getBytes(StandardCharsets.UTF_16LE);
        assertThat(new DoctypeScanner().feed(utf16, utf16.length)).isTrue();

        byte[] harmless = "<w:t>DOCTYPE is just a word</w:t>".getBytes(StandardCharsets.UTF_8);
        assertThat(new DoctypeScanner().feed(harmless, harmless.length)).isFalse();
    }
}

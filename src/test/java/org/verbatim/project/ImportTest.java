package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.verbatim.project.ProjectFixtures.SAMPLE;
import static org.verbatim.project.ProjectFixtures.attributeTypes;
import static org.verbatim.project.ProjectFixtures.fileNames;
import static org.verbatim.project.ProjectFixtures.jdbc;
import static org.verbatim.project.ProjectFixtures.write;
import static org.verbatim.testing.Archives.docx;
import static org.verbatim.testing.Archives.rewriteEntry;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.cli.VerbatimCli;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;
import org.verbatim.testing.Archives;

class ImportTest {
    private static final String INTERVIEW = """
            [00:00:05] Interviewer: How do you see Europe?
            [00:00:09] R1: Europe is a partner.
            It is close to us.
            [00:00:20] Interviewer: Thank you.
            """;
    private static final String FOCUS = """
            # Focus group, Tomsk

            Moderator: Who starts?
            Anna: I do.
            Boris: Then me.
            """;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
        'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    @TempDir
    Path dir;

    Path folder;

    @BeforeEach
    void projectFolder() {
        folder = dir.resolve("study.verbatim");
    }

    private static ImportRequest request(List<Path> paths, Map<String, String> attributes, Path documentsCsv) {
        return new ImportRequest(paths, attributes, documentsCsv, null, null);
    }

    /** Good files of four formats, one bad file of each kind, and hidden files that must be skipped. */
    private Path mixedFolder() throws IOException {
        Path in = dir.resolve("batch");
        write(in, "interview-01.txt", INTERVIEW);
        write(in, "focus.md", FOCUS);
        write(in, "word.docx", docx("Interviewer: Do you read foreign news?", "R2: Every day."));
        write(in, "call.srt", "1\n00:00:01,000 --> 00:00:03,000\nInterviewer: Can you hear me?\n\n"
                + "2\n00:00:04,000 --> 00:00:06,000\nR3: Yes, clearly.\n");
        write(in, "photo.txt", PNG);
        write(in, "empty.txt", new byte[0]);
        write(in, "notes.docx", "Interviewer: this is plain text saved as .docx");
        Archives.zipOfZeros(in.resolve("bomb.docx"), "word/document.xml", 64);
        write(in, "xxe.docx", rewriteEntry(docx("Interviewer: Hello."), "word/document.xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                        .replace("Hello.", "&xxe;")));
        write(in, "slides.pdf", "%PDF-1.7\n");
        write(in, ".DS_Store", PNG);
        write(in, ".hidden-notes.txt", "R9: should never be imported");
        write(in, ".drafts/draft.txt", "R9: neither should this");
        return in;
    }

    private static final Map<String, String> BAD_FILE_REASONS = Map.of(
            "photo.txt", "binary data, not a text transcript",
            "empty.txt", "the file is empty",
            "notes.docx", "not a Word document: the file is not a ZIP archive",
            "bomb.docx", "refused: word/document.xml expands to more than 50 MB (zip bomb?)",
            "xxe.docx", "refused: word/document.xml declares a DTD; Word never writes one (possible XML external entity attack)",
            "slides.pdf", "unsupported file type .pdf (Verbatim reads .txt, .md, .docx, .vtt, .srt)");

    @Test
    void folderImportKeepsTheGoodFilesAndRefusesEachBadOneWithItsReason() throws Exception {
        Path in = mixedFolder();
        ImportReport report;
        try (Project p = Project.create(folder)) {
            report = assertTimeout(Duration.ofSeconds(30), () -> p.importFiles(
                    request(List.of(in), Map.of("city", "Tomsk", "wave", "2"), null), Progress.NONE));

            assertThat(report.cancelled()).isFalse();
            assertThat(report.imported()).extracting(ImportReport.Imported::name, ImportReport.Imported::format,
                    ImportReport.Imported::turns).containsExactly(
                            tuple("call.srt", "srt", 2),
                            tuple("focus.md", "markdown", 3),
                            tuple("interview-01.txt", "text", 3),
                            tuple("word.docx", "docx", 2));
            Map<String, String> refused = new LinkedHashMap<>();
            report.refused().forEach(r -> refused.put(r.file().getFileName().toString(), r.reason()));
            assertThat(refused).containsExactlyInAnyOrderEntriesOf(BAD_FILE_REASONS);
            assertThat(report.refused()).allSatisfy(r -> assertThat(r.file().getParent()).isEqualTo(in));

            assertThat(p.documents()).extracting(DocumentSummary::name, DocumentSummary::turns,
                    DocumentSummary::attributes).containsExactly(
                            tuple("call.srt", 2, Map.of("city", "Tomsk", "wave", "2")),
                            tuple("focus.md", 3, Map.of("city", "Tomsk", "wave", "2")),
                            tuple("interview-01.txt", 3, Map.of("city", "Tomsk", "wave", "2")),
                            tuple("word.docx", 2, Map.of("city", "Tomsk", "wave", "2")));
            assertThat(p.document("interview-01.txt").text()).isEqualTo(INTERVIEW);
            assertThat(p.document("word.docx").text()).isEqualTo("Interviewer: Do you read foreign news?\nR2: Every day.");
            assertThat(p.speakers(null)).extracting(SpeakerView::document, SpeakerView::speaker).containsExactly(
                    tuple("call.srt", "Interviewer"), tuple("call.srt", "R3"),
                    tuple("focus.md", "Moderator"), tuple("focus.md", "Anna"), tuple("focus.md", "Boris"),
                    tuple("interview-01.txt", "Interviewer"), tuple("interview-01.txt", "R1"),
                    tuple("word.docx", "Interviewer"), tuple("word.docx", "R2"));
        }

        // Originals: exactly the good files, byte for byte.
        Map<String, String> originals = new LinkedHashMap<>();
        for (ImportReport.Imported d : report.imported()) {
            originals.put(d.id() + "-" + d.name(), d.name());
        }
        assertThat(fileNames(folder.resolve("originals"))).containsExactlyInAnyOrderElementsOf(originals.keySet());
        for (var e : originals.entrySet()) {
            assertThat(folder.resolve("originals").resolve(e.getKey())).hasSameBinaryContentAs(in.resolve(e.getValue()));
        }
        // The database holds nothing of the refused files.
        assertThat(rowCounts()).containsExactly(entry("document", 4), entry("turn", 10), entry("document_value", 8),
                entry("attribute", 2), entry("speaker_map", 0));
        assertThat(attributeTypes(folder, AttributeScope.DOCUMENT)).containsOnly(
                entry("city", AttributeType.TEXT), entry("wave", AttributeType.INTEGER));
    }

    @Test
    void aFolderOfOnlyBadFilesLeavesTheProjectAsItWas() throws Exception {
        Path in = mixedFolder();
        for (String good : List.of("interview-01.txt", "focus.md", "word.docx", "call.srt")) {
            Files.delete(in.resolve(good));
        }
        try (Project p = Project.create(folder)) {
            long generation = p.generation();

            ImportReport report = p.importFiles(request(List.of(in), Map.of("city", "Tomsk"), null), Progress.NONE);

            assertThat(report.imported()).isEmpty();
            assertThat(report.refused()).hasSize(6);
            assertThat(p.documents()).isEmpty();
            assertThat(p.generation()).isEqualTo(generation);
        }
        assertThat(fileNames(folder.resolve("originals"))).isEmpty();
        assertThat(rowCounts()).containsExactly(entry("document", 0), entry("turn", 0), entry("document_value", 0),
                entry("attribute", 0), entry("speaker_map", 0));
    }

    @Test
    void theCommandLineListsRefusedFilesAndExitsNonZero() throws Exception {
        Path in = dir.resolve("batch");
        write(in, "interview-01.txt", "Interviewer: How do you see Europe?\nR1: Europe is a partner.\n");
        write(in, "empty.txt", new byte[0]);
        Project.create(folder).close();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = VerbatimCli.run(new String[] {"import", folder.toString(), in.toString(), "--attr", "city=Tomsk"},
                new PrintWriter(out), new PrintWriter(err));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(),
                "Imported interview-01.txt as document 1: text, UTF-8, en, 2 turns, 9 words;"
                        + " speakers not yet mapped: Interviewer, R1",
                "1 imported, 1 refused", ""));
        assertThat(err.toString()).endsWith("Refused " + in.resolve("empty.txt") + ": the file is empty"
                + System.lineSeparator());
    }

    @Test
    void importingTheSameFileAgainIsRefusedAsAlreadyImported() throws Exception {
        Path file = write(dir.resolve("in"), "interview-01.txt", INTERVIEW);
        Path copy = write(dir.resolve("copy"), "renamed.txt", INTERVIEW);
        try (Project p = Project.create(folder)) {
            p.importFiles(ImportRequest.of(file), Progress.NONE);
            long generation = p.generation();

            ImportReport again = p.importFiles(ImportRequest.of(file), Progress.NONE);
            ImportReport renamed = p.importFiles(ImportRequest.of(copy), Progress.NONE);

            assertThat(again.imported()).isEmpty();
            assertThat(again.refused()).containsExactly(
                    new ImportReport.Refused(file, "already imported as document 1 (interview-01.txt)"));
            assertThat(renamed.refused()).containsExactly(
                    new ImportReport.Refused(copy, "already imported as document 1 (interview-01.txt)"));
            assertThat(p.documents()).extracting(DocumentSummary::name).containsExactly("interview-01.txt");
            assertThat(p.generation()).isEqualTo(generation);
        }
        assertThat(fileNames(folder.resolve("originals"))).containsExactly("1-interview-01.txt");
    }

    @Test
    void aDifferentFileWithANameAlreadyInTheProjectIsRefused() throws Exception {
        Path first = write(dir.resolve("tomsk"), "interview-01.txt", INTERVIEW);
        Path other = write(dir.resolve("perm"), "interview-01.txt", "R7: a different interview altogether.\n");
        try (Project p = Project.create(folder)) {
            p.importFiles(ImportRequest.of(first), Progress.NONE);

            ImportReport report = p.importFiles(ImportRequest.of(other), Progress.NONE);

            assertThat(report.refused()).containsExactly(
                    new ImportReport.Refused(other, "a document named interview-01.txt is already in the project"));
            assertThat(p.documents()).extracting(DocumentSummary::name, DocumentSummary::turns)
                    .containsExactly(tuple("interview-01.txt", 3));
            assertThat(p.document("interview-01.txt").text()).isEqualTo(INTERVIEW);
        }
        assertThat(fileNames(folder.resolve("originals"))).containsExactly("1-interview-01.txt");
        assertThat(folder.resolve("originals/1-interview-01.txt")).hasSameBinaryContentAs(first);
    }

    @Test
    void documentsCsvSetsTypedAttributesPerFile() throws Exception {
        Path in = dir.resolve("batch");
        write(in, "interview-01.txt", INTERVIEW);
        write(in, "focus.md", FOCUS);
        Path csv = write(dir, "documents.csv", """
                file,city,format,date,wave
                batch/interview-01.txt,Tomsk,in-depth,2012-03-15,1
                batch/focus.md,Petrozavodsk,focus group,2012-04-06,2
                batch/not-imported.txt,Perm,in-depth,2012-05-01,3
                """);
        try (Project p = Project.create(folder)) {
            ImportReport report = p.importFiles(request(List.of(in), Map.of("project", "CEPS"), csv), Progress.NONE);

            assertThat(report.refused()).isEmpty();
            assertThat(p.documents()).extracting(DocumentSummary::name, DocumentSummary::attributes).containsExactly(
                    tuple("focus.md", Map.of("project", "CEPS", "city", "Petrozavodsk", "format", "focus group",
                            "date", "2012-04-06", "wave", "2")),
                    tuple("interview-01.txt", Map.of("project", "CEPS", "city", "Tomsk", "format", "in-depth",
                            "date", "2012-03-15", "wave", "1")));
        }
        assertThat(attributeTypes(folder, AttributeScope.DOCUMENT)).containsOnly(
                entry("project", AttributeType.TEXT), entry("city", AttributeType.TEXT),
                entry("format", AttributeType.TEXT), entry("date", AttributeType.DATE),
                entry("wave", AttributeType.INTEGER));
    }

    @Test
    void documentsCsvAppliedLaterSetsAttributesOfDocumentsAlreadyImported() throws Exception {
        Path file = write(dir.resolve("batch"), "interview-01.txt", INTERVIEW);
        Path csv = write(dir, "documents.csv", "file;city;date\ninterview-01.txt;Tomsk;2012-03-15\n");
        try (Project p = Project.create(folder)) {
            p.importFiles(ImportRequest.of(file), Progress.NONE);

            assertThat(p.importDocumentAttributes(csv)).isEqualTo(new Project.DocumentAttributesImport(1, 0));

            assertThat(p.documents()).extracting(DocumentSummary::attributes)
                    .containsExactly(Map.of("city", "Tomsk", "date", "2012-03-15"));
        }
        assertThat(attributeTypes(folder, AttributeScope.DOCUMENT)).containsExactly(
                entry("city", AttributeType.TEXT), entry("date", AttributeType.DATE));
    }

    @Test
    void documentsCsvWithABrokenLineIsRefusedNamingFileAndLineAndNothingIsImported() throws Exception {
        Path in = dir.resolve("batch");
        write(in, "interview-01.txt", INTERVIEW);
        write(in, "focus.md", FOCUS);
        Path csv = write(dir, "documents.csv", """
                file,city,date
                interview-01.txt,Tomsk,2012-03-15
                focus.md,Petrozavodsk,2012-04-06,extra
                """);
        try (Project p = Project.create(folder)) {
            assertThatThrownBy(() -> p.importFiles(request(List.of(in), Map.of(), csv), Progress.NONE))
                    .isInstanceOf(ProjectException.class)
                    .hasMessage("documents.csv: line 3 has 4 cells but the header has 3");
            assertThat(p.documents()).isEmpty();
        }
        assertThat(fileNames(folder.resolve("originals"))).isEmpty();
    }

    @Test
    void documentsCsvWithAnEmptyFileCellIsRefusedNamingFileAndLine() throws Exception {
        Path in = write(dir.resolve("batch"), "interview-01.txt", INTERVIEW);
        Path csv = write(dir, "documents.csv", "file,city\ninterview-01.txt,Tomsk\n,Perm\n");
        try (Project p = Project.create(folder)) {
            assertThatThrownBy(() -> p.importFiles(request(List.of(in), Map.of(), csv), Progress.NONE))
                    .isInstanceOf(ProjectException.class)
                    .hasMessage("documents.csv, line 3: the 'file' cell is empty");
            assertThat(p.documents()).isEmpty();
        }
    }

    @Test
    void documentsCsvWithAValueThatDoesNotFitTheAttributeTypeIsRefusedAndNothingIsImported() throws Exception {
        Path earlier = write(dir.resolve("earlier"), "pilot.txt", "R0: the pilot interview.\n");
        Path in = dir.resolve("batch");
        write(in, "interview-01.txt", INTERVIEW);
        write(in, "focus.md", FOCUS);
        Path csv = write(dir, "documents.csv", """
                file,city,date
                interview-01.txt,Tomsk,2012-03-15
                focus.md,Petrozavodsk,April 2012
                """);
        try (Project p = Project.create(folder)) {
            p.importFiles(request(List.of(earlier), Map.of("date", "2012-02-01"), null), Progress.NONE);

            assertThatThrownBy(() -> p.importFiles(request(List.of(in), Map.of(), csv), Progress.NONE))
                    .isInstanceOf(ProjectException.class)
                    .hasMessage("documents.csv, line 3: 'April 2012' is not a date (YYYY-MM-DD) for attribute 'date'");
            assertThat(p.documents()).extracting(DocumentSummary::name).containsExactly("pilot.txt");
        }
        assertThat(fileNames(folder.resolve("originals"))).containsExactly("1-pilot.txt");
    }

    @Test
    void anAttributeValueThatDoesNotFitTheExistingTypeRefusesTheImportBeforeAnyFile() throws Exception {
        Path earlier = write(dir.resolve("earlier"), "pilot.txt", "R0: the pilot interview.\n");
        Path in = dir.resolve("batch");
        write(in, "interview-01.txt", INTERVIEW);
        write(in, "focus.md", FOCUS);
        try (Project p = Project.create(folder)) {
            p.importFiles(request(List.of(earlier), Map.of("date", "2012-02-01"), null), Progress.NONE);

            assertThatThrownBy(() -> p.importFiles(request(List.of(in), Map.of("date", "spring"), null), Progress.NONE))
                    .isInstanceOf(ProjectException.class)
                    .hasMessage("Document attribute date=spring: 'spring' is not a date (YYYY-MM-DD),"
                            + " as the attribute 'date' requires");
            assertThat(p.documents()).extracting(DocumentSummary::name).containsExactly("pilot.txt");
        }
        assertThat(fileNames(folder.resolve("originals"))).containsExactly("1-pilot.txt");
        assertThat(rowCounts()).containsExactly(entry("document", 1), entry("turn", 1), entry("document_value", 1),
                entry("attribute", 1), entry("speaker_map", 0));
    }

    @Test
    void hiddenFilesAndFoldersInAnImportedFolderAreSkipped() throws Exception {
        Path in = dir.resolve("batch");
        write(in, "interview-01.txt", INTERVIEW);
        write(in, ".hidden.txt", "R9: hidden");
        write(in, ".git/notes.txt", "R9: in a hidden folder");
        write(in, ".DS_Store", PNG);
        write(in, "sub/focus.md", FOCUS);
        try (Project p = Project.create(folder)) {
            ImportReport report = p.importFiles(ImportRequest.of(in), Progress.NONE);

            assertThat(report.refused()).isEmpty();
            assertThat(report.imported()).extracting(ImportReport.Imported::name)
                    .containsExactly("interview-01.txt", "focus.md");
            assertThat(p.documents()).extracting(DocumentSummary::name).containsExactly("focus.md", "interview-01.txt");
        }
    }

    @Test
    void cancellingAfterTheFirstFileKeepsItAndReportsCancelled() throws Exception {
        Path in = dir.resolve("batch");
        write(in, "a.txt", "R1: first file.\n");
        write(in, "b.txt", "R2: second file.\n");
        write(in, "c.txt", "R3: third file.\n");
        AtomicInteger asked = new AtomicInteger();
        List<String> messages = new ArrayList<>();
        Progress cancelAfterFirst = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                messages.add(done + "/" + total + " " + message);
            }

            @Override
            public boolean isCancelled() {
                return asked.incrementAndGet() > 1;
            }
        };
        try (Project p = Project.create(folder)) {
            ImportReport report = p.importFiles(ImportRequest.of(in), cancelAfterFirst);

            assertThat(report.cancelled()).isTrue();
            assertThat(report.imported()).extracting(ImportReport.Imported::name).containsExactly("a.txt");
            assertThat(report.refused()).isEmpty();
            assertThat(messages).containsExactly("0/3 Importing a.txt");
            assertThat(p.documents()).extracting(DocumentSummary::name).containsExactly("a.txt");
        }
        assertThat(fileNames(folder.resolve("originals"))).containsExactly("1-a.txt");
    }

    @Test
    void theWholeSampleCorpusImportsWithAttributesAndEverySpeakerMapped() throws Exception {
        List<Path> cities = List.of(SAMPLE.resolve("nizhny-novgorod"), SAMPLE.resolve("tomsk"),
                SAMPLE.resolve("petrozavodsk"));
        try (Project p = Project.create(folder)) {
            Project.ParticipantImport participants = p.importParticipants(SAMPLE.resolve("participants.csv"), Map.of());
            ImportReport report = p.importFiles(request(cities, Map.of(), SAMPLE.resolve("documents.csv")),
                    Progress.NONE);
            Project.SpeakerMapImport speakerMap = p.importSpeakerMap(SAMPLE.resolve("speakers.csv"));

            assertThat(participants.created()).isEqualTo(51);
            assertThat(report.refused()).isEmpty();
            assertThat(report.imported()).hasSize(21);
            assertThat(speakerMap.mapped()).isEqualTo(66);
            assertThat(speakerMap.skipped()).isZero();
            List<DocumentSummary> docs = p.documents();
            assertThat(docs).hasSize(21);
            assertThat(docs).extracting(DocumentSummary::format).filteredOn(f -> !f.equals("text"))
                    .containsExactlyInAnyOrder("docx", "vtt", "markdown", "srt");
            assertThat(docs).allSatisfy(d -> {
                assertThat(d.turns()).isPositive();
                assertThat(d.attributes()).containsOnlyKeys("city", "format", "date", "interviewer");
            });
            assertThat(docs).filteredOn(d -> d.name().equals("TOM-indepth-01.docx")).singleElement()
                    .extracting(DocumentSummary::attributes).isEqualTo(Map.of("city", "Tomsk", "format", "in-depth",
                            "date", "2012-03-15", "interviewer", "TOM-I1"));
            assertThat(docs).extracting(d -> d.attributes().get("city")).filteredOn("Tomsk"::equals).hasSize(7);
            List<SpeakerView> speakers = p.speakers(null);
            assertThat(speakers).hasSize(66);
            assertThat(speakers).filteredOn(s -> s.participant() == null).isEmpty();
            assertThat(speakers).filteredOn(s -> s.speaker().equals("Dmitry K."))
                    .extracting(SpeakerView::document, SpeakerView::participant)
                    .containsExactlyInAnyOrder(tuple("NNV-semi-01.txt", "NNV-R03"), tuple("TOM-indepth-02.txt", "TOM-R02"));
            assertThat(p.check().problems()).isEmpty();
        }
        assertThat(fileNames(folder.resolve("originals"))).hasSize(21);
        assertThat(attributeTypes(folder, AttributeScope.DOCUMENT)).containsExactly(
                entry("city", AttributeType.TEXT), entry("format", AttributeType.TEXT),
                entry("date", AttributeType.DATE), entry("interviewer", AttributeType.TEXT));
    }

    /** Row counts of the tables that a document import writes to; the project must be closed. */
    private Map<String, Integer> rowCounts() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc(folder, c -> {
            for (String table : List.of("document", "turn", "document_value", "attribute", "speaker_map")) {
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table);
                rs.next();
                counts.put(table, rs.getInt(1));
            }
        });
        return counts;
    }
}

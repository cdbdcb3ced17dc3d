package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.exchange.RefiProject;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.testing.Archives;

/**
 * A new project from a REFI-QDA file: real NVivo and ATLAS.ti exports come in with every coding
 * on the words the other tool showed, what Verbatim does not model is reported, and a file
 * that cannot be read leaves no project folder behind.
 */
class RefiImportTest {
    @TempDir
    Path dir;

    static Path sample(String path) {
        try {
            return Path.of(RefiImportTest.class.getResource("/refi-qda/" + path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nvivoForWindowsSelectionsCoverExactlyTheTextNvivoShowed() {
        Path file = sample("nvivo-win-12.6/oltas0517.qdpx");
        RefiReport report = RefiExchange.createProject(dir.resolve("nvivo.verbatim"), file, Progress.NONE);
        assertThat(report.complete()).isTrue();
        assertThat(report.added().codes()).isEqualTo(152);
        assertThat(report.added().documents()).isEqualTo(2);
        assertThat(report.added().coders()).isEqualTo(2);
        assertThat(report.added().segments() + report.segmentsAlreadyPresent()).isEqualTo(303);
        assertThat(report.countings()).allMatch(c -> c.endsWith("UTF-16 units, a CRLF line break as two"));

        // NVivo for Windows counts UTF-16 units over the file's text with CRLF as two and without the BOM.
        RefiProject read = RefiExchange.read(file);
        List<String> expected = new ArrayList<>();
        for (RefiProject.Source s : read.sources()) {
            String raw = s.text().substring(1);
            for (RefiProject.Selection sel : s.selections()) {
                expected.add(s.name() + "|" + raw.substring((int) sel.start(), (int) sel.end()).replace("\r\n", "\n"));
            }
        }
        try (Project p = Project.open(dir.resolve("nvivo.verbatim"))) {
            List<String> actual = new ArrayList<>();
            for (SegmentView v : p.segments(SegmentFilter.ALL)) {
                actual.add(v.document() + "|" + v.text());
            }
            assertThat(report.segmentsAlreadyPresent()).isZero();
            assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(p.codes()).hasSize(152);
            assertThat(p.documents()).hasSize(2);
            assertThat(p.check().ok()).isTrue();
        }
    }

    @Test
    void atlasTiExampleBringsItsCodebookAndReportsWhatCannotComeIn() {
        RefiReport report = RefiExchange.createProject(dir.resolve("atlas.verbatim"),
                sample("atlasti-8.4-spec-example/Project.qde"), Progress.NONE);
        assertThat(report.added().codes()).isEqualTo(14);
        assertThat(report.added().coders()).isEqualTo(3);
        assertThat(report.setsNotKept()).isEqualTo(16);
        assertThat(report.notModelled()).containsEntry("picture sources", 1).containsEntry("video sources", 2)
                .containsEntry("audio sources", 1).containsEntry("graphs", 1);
        // The example is the XML alone: its 6 text sources and 2 PDF texts have no text files.
        assertThat(report.leftOut()).filteredOn(l -> l.what().equals("source")).hasSize(6);
        assertThat(report.leftOut()).filteredOn(l -> l.what().equals("PDF text")).hasSize(2);
        assertThat(report.complete()).isFalse();
        assertThat(report.codingsLeftOut()).hasSize(7).allSatisfy(l -> assertThat(l.reason())
                .contains("its source did not come in"));
        try (Project p = Project.open(dir.resolve("atlas.verbatim"))) {
            // "Coke::diet Coke" is ATLAS.ti's flattened hierarchy: it becomes a sub-code of Coke.
            assertThat(p.codes()).extracting(CodeNode::path).contains("Coke / diet Coke", "Coke / full-fat Coke",
                    "\"rushed\"");
            assertThat(p.codes()).filteredOn(c -> c.path().equals("Coke")).singleElement()
                    .satisfies(c -> assertThat(c.code().description()).isEqualTo("the breakfast of champions"));
            assertThat(p.memos()).extracting(m -> m.title()).containsExactlyInAnyOrder("Research Plan",
                    "My favorite Coke ad");
        }
    }

    @Test
    void casesVariablesNotesAndTurnsComeInWhereTheyPoint() throws IOException {
        String text = "\uFEFFInterviewer: Where do you live?\r\nR1: In Tomsk, since 2010.\r\n";
        String qde = project(
                "<Users><User guid=\"" + g(90) + "\" name=\"Anna\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"" + g(1) + "\" name=\"Places\" isCodable=\"false\" color=\"#0a0\">"
                + "<Code guid=\"" + g(2) + "\" name=\"City/Town\" isCodable=\"true\"><Description>Where they live"
                + "</Description><NoteRef targetGUID=\"" + g(51) + "\"/></Code></Code></Codes></CodeBook>"
                + "<Variables><Variable guid=\"" + g(20) + "\" name=\"age\" typeOfVariable=\"Integer\"/>"
                + "<Variable guid=\"" + g(21) + "\" name=\"format\" typeOfVariable=\"Text\"/></Variables>"
                + "<Cases><Case guid=\"" + g(30) + "\" name=\"TMS-R01\"><Description>Respondent one</Description>"
                + "<VariableValue><VariableRef targetGUID=\"" + g(20) + "\"/><IntegerValue>27</IntegerValue>"
                + "</VariableValue><SelectionRef targetGUID=\"" + g(41) + "\"/></Case></Cases>"
                + "<Sources><TextSource guid=\"" + g(40) + "\" name=\"interview.txt\" plainTextPath=\"internal://"
                + g(40) + ".txt\">"
                + "<PlainTextSelection guid=\"" + g(41) + "\" name=\"R1 turn\" startPosition=\"38\" endPosition=\"60\"/>"
                + "<PlainTextSelection guid=\"" + g(42) + "\" name=\"In Tomsk\" startPosition=\"38\" endPosition=\"46\""
                + " creatingUser=\"" + g(90) + "\"><Description>Says the city</Description><Coding guid=\"" + g(43)
                + "\" creatingUser=\"" + g(90) + "\"><CodeRef targetGUID=\"" + g(2) + "\"/></Coding>"
                + "<NoteRef targetGUID=\"" + g(52) + "\"/></PlainTextSelection>"
                + "<NoteRef targetGUID=\"" + g(53) + "\"/>"
                + "<VariableValue><VariableRef targetGUID=\"" + g(21) + "\"/><TextValue>in-depth</TextValue>"
                + "</VariableValue></TextSource></Sources>"
                + "<Notes>" + note(50, "Plan", "The project plan") + note(51, "Code note", "About cities")
                + note(52, "Quote note", "Good quote") + note(53, "Doc note", "About the interview") + "</Notes>"
                + "<Sets><Set guid=\"" + g(60) + "\" name=\"group\"><MemberCode targetGUID=\"" + g(2) + "\"/></Set>"
                + "</Sets><NoteRef targetGUID=\"" + g(50) + "\"/>");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        entries.put("Sources/" + g(40).toUpperCase() + ".txt", text.getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("small.qdpx");
        Files.write(file, Archives.zip(entries));

        RefiReport report = RefiExchange.createProject(dir.resolve("small.verbatim"), file, Progress.NONE);
        assertThat(report.complete()).isTrue();
        assertThat(report.added()).isEqualTo(new RefiReport.Counts(2, 1, 1, 1, 1, 4));
        assertThat(report.attributeValues()).isEqualTo(2);
        assertThat(report.setsNotKept()).isEqualTo(1);
        try (Project p = Project.open(dir.resolve("small.verbatim"))) {
            SegmentView s = p.segments(SegmentFilter.ALL).get(0);
            assertThat(s.text()).isEqualTo("In Tomsk");
            assertThat(s.code()).isEqualTo("Places / City∕Town");
            assertThat(s.coder()).isEqualTo("Anna");
            assertThat(s.memo()).isEqualTo("Says the city");
            assertThat(s.participants()).containsExactly("TMS-R01");
            assertThat(p.codes()).filteredOn(c -> c.path().equals("Places")).singleElement()
                    .satisfies(c -> assertThat(c.code().color()).isEqualTo("#00AA00"));
            assertThat(p.participants()).singleElement().satisfies(v -> {
                assertThat(v.key()).isEqualTo("TMS-R01");
                assertThat(v.name()).isEqualTo("Respondent one");
                assertThat(v.attributes()).containsEntry("age", "27");
            });
            assertThat(p.documents()).singleElement().satisfies(d -> {
                assertThat(d.name()).isEqualTo("interview.txt");
                assertThat(d.turns()).isEqualTo(2);
                assertThat(d.attributes()).containsEntry("format", "in-depth");
            });
            assertThat(p.memos()).extracting(m -> m.title() + "@" + m.target()).containsExactlyInAnyOrder(
                    "Plan@" + MemoTarget.PROJECT, "Code note@" + MemoTarget.CODE, "Quote note@" + MemoTarget.SEGMENT,
                    "Doc note@" + MemoTarget.DOCUMENT);
        }
    }

    @Test
    void aSelectionWhoseTextIsNotAtItsPositionsOrOutsideTheTextIsListedNotPlaced() throws IOException {
        String qde = project("<CodeBook><Codes><Code guid=\"" + g(1) + "\" name=\"A\" isCodable=\"true\"/></Codes>"
                + "</CodeBook><Sources><TextSource guid=\"" + g(2) + "\" name=\"doc\"><PlainTextContent>"
                + "The quick brown fox jumps over the lazy dog and runs away.</PlainTextContent>"
                + selection(3, "lazy dog", 4, 12) + selection(4, "", 50, 500)
                + selection(5, "the lazy dog and runs away", 10, 20) + selection(6, "", 4, 9)
                + "</TextSource></Sources>");
        Path file = dir.resolve("off.qde");
        Files.writeString(file, qde);
        RefiReport report = RefiExchange.createProject(dir.resolve("off.verbatim"), file, Progress.NONE);
        assertThat(report.complete()).isFalse();
        assertThat(report.codingsLeftOut()).extracting(RefiReport.LeftOut::id, RefiReport.LeftOut::reason)
                .anySatisfy(t -> {
                    assertThat(t.toList().get(0).toString()).startsWith(g(4));
                    assertThat(t.toList().get(1).toString()).contains("positions 50-500 lie outside the text");
                })
                .anySatisfy(t -> {
                    assertThat(t.toList().get(0).toString()).startsWith(g(5));
                    assertThat(t.toList().get(1).toString()).contains("is not at positions 10-20");
                });
        try (Project p = Project.open(dir.resolve("off.verbatim"))) {
            // "lazy dog" is named at 4-12 but sits elsewhere: left out; only the unnamed "quick" is placed.
            assertThat(p.segments(SegmentFilter.ALL)).extracting(SegmentView::text).containsExactly("quick");
            assertThat(report.codingsLeftOut()).extracting(RefiReport.LeftOut::id).anyMatch(id -> id.startsWith(g(3)));
        }
    }

    @Test
    void aFileThatCannotBeReadLeavesNoProjectFolder() throws IOException {
        Path file = dir.resolve("dangling.qde");
        Files.writeString(file, project("<Sources><TextSource guid=\"" + g(2) + "\" name=\"doc\"><PlainTextContent>"
                + "Hi there</PlainTextContent><NoteRef targetGUID=\"" + g(9) + "\"/></TextSource></Sources>"));
        Path folder = dir.resolve("never.verbatim");
        assertThatThrownBy(() -> RefiExchange.createProject(folder, file, Progress.NONE))
                .isInstanceOf(ProjectException.class).hasMessageContaining("dangling.qde")
                .hasMessageContaining("<NoteRef targetGUID=\"" + g(9) + "\">");
        assertThat(folder).doesNotExist();
        Files.writeString(dir.resolve("not-a-zip.qdpx"), "nope");
        assertThatThrownBy(() -> RefiExchange.createProject(folder, dir.resolve("not-a-zip.qdpx"), Progress.NONE))
                .hasMessageContaining("not-a-zip.qdpx");
        assertThat(folder).doesNotExist();
    }

    static String g(int n) {
        return String.format("bbbbbbbb-0000-0000-0000-%012d", n);
    }

    static String project(String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">"
                + body + "</Project>";
    }

    private static String note(int n, String name, String text) {
        return "<Note guid=\"" + g(n) + "\" name=\"" + name + "\"><PlainTextContent>" + text + "</PlainTextContent>"
                + "</Note>";
    }

    private static String selection(int n, String name, int start, int end) {
        return "<PlainTextSelection guid=\"" + g(n) + "\" name=\"" + name + "\" startPosition=\"" + start
                + "\" endPosition=\"" + end + "\"><Coding guid=\"" + g(n + 100) + "\"><CodeRef targetGUID=\"" + g(1)
                + "\"/></Coding></PlainTextSelection>";
    }
}

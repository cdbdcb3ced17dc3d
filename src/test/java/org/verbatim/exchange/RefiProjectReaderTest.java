package org.verbatim.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.testing.Archives;

/**
 * Real exports from NVivo and ATLAS.ti read with the counts their files hold, and hostile or
 * broken files refused with a message naming the file and the element at fault.
 */
class RefiProjectReaderTest {
    static final String NS = "urn:QDA-XML:project:1.0";

    @TempDir
    Path dir;

    static Path sample(String path) {
        try {
            return Path.of(RefiProjectReaderTest.class.getResource("/refi-qda/" + path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RefiProject read(Path file) {
        try (RefiArchive a = RefiArchive.open(file, RefiLimits.DEFAULT)) {
            return RefiProjectReader.read(a);
        }
    }

    @Test
    void readsTheNvivoForWindowsExportWithEveryCodeSourceAndSelection() {
        RefiProject p = read(sample("nvivo-win-12.6/oltas0517.qdpx"));
        assertThat(p.origin()).isEqualTo("NVivo for Windows 12.6");
        assertThat(p.allCodes()).hasSize(152);
        assertThat(p.allCodes()).filteredOn(RefiProject.Code::codable).hasSize(151);
        assertThat(p.sources()).hasSize(2).allSatisfy(s -> {
            assertThat(s.text()).startsWith("\uFEFF").contains("\r\n");
            assertThat(s.fromPdf()).isFalse();
        });
        assertThat(p.selectionCount()).isEqualTo(303);
        assertThat(p.users()).extracting(RefiProject.User::name).containsExactlyInAnyOrder("Gergo", "floriansipos");
    }

    @Test
    void readsTheAtlasTiStandardExampleAndCountsWhatIsNotText() {
        RefiProject p = read(sample("atlasti-8.4-spec-example/Project.qde"));
        assertThat(p.allCodes()).hasSize(14);
        assertThat(p.sources()).filteredOn(s -> !s.fromPdf()).hasSize(6);
        assertThat(p.selectionCount()).isEqualTo(8);
        assertThat(p.sources()).allSatisfy(s -> assertThat(s.missing()).contains("not in a sources folder beside"));
        assertThat(p.notModelled()).containsEntry("picture sources", 1).containsEntry("audio sources", 1)
                .containsEntry("video sources", 2).containsEntry("video selections", 2)
                .containsEntry("picture selections", 1).containsEntry("graphs", 1)
                .containsEntry("PDF selections (areas of a page)", 2);
        assertThat(p.notes()).hasSize(2);
        assertThat(p.sets()).hasSize(16);
        assertThat(p.links()).hasSize(1);
    }

    @Test
    void readsTheAtlasTiCodebookWhateverItsSchemaLocationSays() {
        RefiCodebookFile.Contents c = RefiCodebookFile.read(sample("atlasti-win-23.4-codebook/atlasti_win_23.4_codebook.qdc"));
        assertThat(c.codes()).singleElement().satisfies(code -> {
            assertThat(code.name()).isEqualTo("code1");
            assertThat(code.color()).isEqualTo("#46AA00");
            assertThat(code.description()).isEqualTo("description");
        });
        assertThat(c.sets()).isEqualTo(1);
    }

    @Test
    void acceptsNamespaceVariantsLowerCaseSourcesFolderBracedGuidsAndBareFileNames() throws IOException {
        String qde = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1:0\" name=\"x\">"
                + "<CodeBook><Codes><Code guid=\"{AAAAAAAA-0000-0000-0000-000000000001}\" name=\"A\" isCodable=\"true\"/>"
                + "</Codes></CodeBook><Sources><TextSource guid=\"aaaaaaaa-0000-0000-0000-000000000002\""
                + " plainTextPath=\"one.txt\"><PlainTextSelection guid=\"aaaaaaaa-0000-0000-0000-000000000003\""
                + " startPosition=\"0\" endPosition=\"5\"><Coding guid=\"aaaaaaaa-0000-0000-0000-000000000004\">"
                + "<CodeRef targetGUID=\"aaaaaaaa-0000-0000-0000-000000000001\"/></Coding></PlainTextSelection>"
                + "</TextSource></Sources></Project>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("My Project.qde", qde.getBytes(StandardCharsets.UTF_8));
        entries.put("SOURCES/One.TXT", "Hello world".getBytes(StandardCharsets.UTF_8));
        RefiProject p = read(write("variants.qdpx", Archives.zip(entries)));
        assertThat(p.sources()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Hello world");
            assertThat(s.name()).isEqualTo("one.txt");
            assertThat(s.selections().get(0).codings().get(0).codeGuid())
                    .isEqualTo("aaaaaaaa-0000-0000-0000-000000000001");
        });
    }

    // ---- hostile and broken files -------------------------------------------------------------

    @Test
    void refusesAFileThatIsNotAZip() throws IOException {
        Path f = write("fake.qdpx", "this is not a zip".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(f)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("fake.qdpx").hasMessageContaining("not a REFI-QDA project archive");
    }

    @Test
    void refusesAnArchiveWithTooManyEntries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", minimal().getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 30; i++) {
            entries.put("sources/" + i + ".txt", new byte[] {'x'});
        }
        Path f = write("many.qdpx", Archives.zip(entries));
        assertThatThrownBy(() -> RefiArchive.open(f, new RefiLimits(20, 1 << 20, 1 << 22)))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("many.qdpx has 31 entries");
    }

    @Test
    void refusesAnEntryThatUnpacksPastTheLimit() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", minimal().getBytes(StandardCharsets.UTF_8));
        entries.put("sources/big.txt", new byte[200_000]);
        Path f = write("big.qdpx", Archives.zip(entries));
        assertThatThrownBy(() -> RefiArchive.open(f, new RefiLimits(100, 100_000, 1 << 22)))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("sources/big.txt")
                .hasMessageContaining("more than the 100000");
    }

    @Test
    void refusesEntriesThatClimbOutOrAreAbsolute() throws IOException {
        for (String bad : new String[] {"sources/../../etc/passwd", "/etc/passwd", "C:\\Windows\\x.txt"}) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("project.qde", minimal().getBytes(StandardCharsets.UTF_8));
            entries.put(bad, new byte[] {'x'});
            Path f = write("paths.qdpx", Archives.zip(entries));
            assertThatThrownBy(() -> read(f)).as(bad).isInstanceOf(ExchangeException.class)
                    .hasMessageContaining("paths.qdpx").hasMessageContaining(bad);
        }
    }

    @Test
    void refusesArchivesWithoutOrWithSeveralProjectFiles() throws IOException {
        Path none = write("none.qdpx", Archives.zip(Map.of("sources/a.txt", new byte[] {'x'})));
        assertThatThrownBy(() -> read(none)).hasMessageContaining("no project.qde");
        Map<String, byte[]> two = new LinkedHashMap<>();
        two.put("a.qde", minimal().getBytes(StandardCharsets.UTF_8));
        two.put("b.qde", minimal().getBytes(StandardCharsets.UTF_8));
        Path f = write("two.qdpx", Archives.zip(two));
        assertThatThrownBy(() -> read(f)).hasMessageContaining("2 .qde files");
    }

    @Test
    void refusesDtdsAndExternalEntities() throws IOException {
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"" + NS + "\" name=\"&x;\"/>";
        Path f = write("entity.qde", entity.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(f)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("entity.qde").hasMessageContaining("DTD");
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2"
                + " \"&lol;&lol;&lol;&lol;\">]><Project xmlns=\"" + NS + "\" name=\"&lol2;\"/>";
        Path b = write("bomb.qde", bomb.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(b)).hasMessageContaining("DTD");
    }

    @Test
    void refusesAReferenceToNothingNamingTheElement() throws IOException {
        String qde = project("<CodeBook><Codes>" + code(1) + "</Codes></CodeBook><Sources>"
                + "<TextSource guid=\"" + g(2) + "\" name=\"doc\"><PlainTextContent>Hello</PlainTextContent>"
                + "<PlainTextSelection guid=\"" + g(3) + "\" startPosition=\"0\" endPosition=\"5\">"
                + "<Coding guid=\"" + g(4) + "\"><CodeRef targetGUID=\"" + g(9) + "\"/></Coding>"
                + "</PlainTextSelection></TextSource></Sources>");
        Path f = write("dangling.qde", qde.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(f)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("dangling.qde").hasMessageContaining("<CodeRef targetGUID=\"" + g(9) + "\">")
                .hasMessageContaining("<Coding guid=\"" + g(4) + "\">").hasMessageContaining("points to nothing");
    }

    @Test
    void refusesACodingOfSomethingThatIsNotACode() throws IOException {
        String qde = project("<CodeBook><Codes>" + code(1) + "</Codes></CodeBook><Sources>"
                + "<TextSource guid=\"" + g(2) + "\" name=\"doc\"><PlainTextContent>Hello</PlainTextContent>"
                + "<Coding guid=\"" + g(4) + "\"><CodeRef targetGUID=\"" + g(2) + "\"/></Coding>"
                + "</TextSource></Sources>");
        Path f = write("wrong.qde", qde.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(f)).hasMessageContaining("points to a <TextSource>");
    }

    @Test
    void refusesDuplicateGuids() throws IOException {
        String qde = project("<CodeBook><Codes>" + code(1) + code(1) + "</Codes></CodeBook>");
        Path f = write("dup.qde", qde.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(f)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("dup.qde").hasMessageContaining("two <Code> elements have the GUID " + g(1));
    }

    @Test
    void refusesAPositionThatIsNotANumber() throws IOException {
        String qde = project("<Sources><TextSource guid=\"" + g(2) + "\" name=\"doc\"><PlainTextContent>Hi"
                + "</PlainTextContent><PlainTextSelection guid=\"" + g(3) + "\" startPosition=\"x\" endPosition=\"2\"/>"
                + "</TextSource></Sources>");
        Path f = write("pos.qde", qde.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(f)).hasMessageContaining("<PlainTextSelection guid=\"" + g(3) + "\">")
                .hasMessageContaining("startPosition=\"x\"");
    }

    @Test
    void refusesXmlThatIsNotAProject() throws IOException {
        Path f = write("other.qde", "<html><body/></html>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(f)).hasMessageContaining("not a REFI-QDA project")
                .hasMessageContaining("<html>");
        Path broken = write("broken.qde", "<Project".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(broken)).hasMessageContaining("broken.qde is not well-formed XML");
    }

    static String g(int n) {
        return String.format("aaaaaaaa-0000-0000-0000-%012d", n);
    }

    static String code(int n) {
        return "<Code guid=\"" + g(n) + "\" name=\"code " + n + "\" isCodable=\"true\"/>";
    }

    static String project(String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"" + NS + "\" name=\"p\">" + body
                + "</Project>";
    }

    private static String minimal() {
        return project("");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }
}

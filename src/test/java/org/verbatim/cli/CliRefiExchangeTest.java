package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.project.Project;
import org.verbatim.project.SegmentFilter;
import org.xml.sax.SAXException;

/**
 * The sample study exported as .qdpx validates against the REFI-QDA schema and comes back as
 * the same study; its codebook goes out and in as .qdc; two coders who coded separate copies
 * merge into one project on which agreement runs.
 */
class CliRefiExchangeTest {
    @TempDir
    static Path dir;

    static Path sample;

    @BeforeAll
    static void buildTheSampleWithMemos() {
        sample = dir.resolve("sample.verbatim");
        Cli.ok("demo", sample);
        Cli.ok("memos", "add", sample, "--title", "Plan", "Compare the three cities.");
        Cli.ok("memos", "add", sample, "--on", "document:TOM-indepth-02.txt", "--title", "Setting", "Met at the café.");
        Cli.ok("memos", "add", sample, "--on", "code:CIS and the near abroad", "--title", "Scope", "Military and economic threats.");
        Cli.ok("memos", "add", sample, "--on", "participant:TOM-R01", "--title", "Background", "Studied in Kazan.");
        try (Project p = Project.open(sample)) {
            long segment = p.segments(SegmentFilter.ALL).get(3).id();
            p.addMemo(org.verbatim.model.Memo.MemoTarget.SEGMENT, String.valueOf(segment), "Key quote", "Quote this.");
            p.setSegmentMemo(p.segments(SegmentFilter.ALL).get(5).id(), "An aside");
        }
    }

    @Test
    void exportedSampleValidatesAndComesBackAsTheSameStudy() throws Exception {
        Path qdpx = dir.resolve("sample.qdpx");
        Cli.Result export = Cli.ok("export", "qdpx", sample, "--out", qdpx);
        assertThat(export.out()).contains("21 documents");
        validate(qdpx);

        Path back = dir.resolve("back.verbatim");
        Cli.Result imported = Cli.run("new", back, "--from", qdpx);
        assertThat(imported.exit()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("every coding of text came in");
        assertThat(imported.err()).contains("[1/21] Reading source");

        for (String[] command : new String[][] {{"docs"}, {"participants"}, {"codes"}, {"segments"},
            {"crosstab", "--by", "city", "--unit", "participants"}}) {
            assertThat(comparable(json(back, command))).as(String.join(" ", command))
                    .isEqualTo(comparable(json(sample, command)));
        }
        assertThat(memos(back)).containsExactlyInAnyOrderElementsOf(memos(sample));
    }

    @Test
    void codebookGoesOutAndInAsQdc() throws Exception {
        Path qdc = dir.resolve("codebook.qdc");
        assertThat(Cli.ok("codes", sample, "--export", qdc).out()).contains("codebook.qdc");
        assertThat(Files.readString(qdc)).startsWith("<?xml").contains("urn:QDA-XML:codebook:1.0");
        validate(Files.readAllBytes(qdc), "Codebook.xsd");
        Path empty = dir.resolve("codes-only.verbatim");
        Cli.ok("new", empty);
        assertThat(Cli.ok("codes", empty, "--import", qdc).out()).contains("69 codes created");
        assertThat(withoutCounts(json(empty, "codes"))).isEqualTo(withoutCounts(json(sample, "codes")));
    }

    @Test
    void twoCodersCodingSeparateCopiesMergeAndAgreementRuns() throws Exception {
        Path anna = dir.resolve("anna.verbatim");
        Path boris = dir.resolve("boris.verbatim");
        Path qdpx = dir.resolve("base.qdpx");
        Cli.ok("new", anna);
        Cli.ok("import", anna, Cli.SAMPLE.resolve("tomsk/TOM-indepth-02.txt"));
        Cli.ok("codes", "add", anna, "Trust");
        Cli.ok("export", "qdpx", anna, "--out", qdpx);
        assertThat(Cli.run("new", boris, "--from", qdpx).exit()).isZero();
        String doc = "TOM-indepth-02.txt";
        Cli.ok("code", anna, doc, "--code", "Trust", "--range", "100:300", "--coder", "anna");
        Cli.ok("code", boris, doc, "--code", "Trust", "--range", "100:300", "--coder", "boris");
        Cli.ok("code", boris, doc, "--code", "Trust", "--range", "900:1000", "--coder", "boris");

        Cli.Result dry = Cli.ok("merge", anna, boris, "--dry-run");
        assertThat(dry.out()).contains("nothing was changed").contains("segments 2");
        assertThat(json(anna, "segments")).hasSize(1);

        Cli.Result merged = Cli.ok("merge", anna, boris);
        assertThat(merged.out()).contains("documents 0, segments 2, coders 1")
                .contains("matched in the project: codes 1, documents 1");
        assertThat(json(anna, "segments")).hasSize(3);
        Cli.Result agreement = Cli.ok("agreement", anna, "--coders", "anna,boris");
        assertThat(agreement.out()).contains("Trust");

        Cli.Result again = Cli.ok("merge", anna, boris);
        assertThat(again.out()).contains("segments 0").contains("segments already there 2");
    }

    @Test
    void asCoderFilesEveryIncomingSegmentUnderOneCoder() {
        Path target = dir.resolve("one-coder.verbatim");
        Cli.ok("new", target);
        Cli.ok("merge", target, sample, "--as-coder", "visitor");
        assertThat(json(target, "segments")).allSatisfy(s -> assertThat(s.get("coder").asText()).isEqualTo("visitor"));
    }

    @Test
    void aFailedImportPrintsOneLineAndLeavesNoFolder() throws IOException {
        Path bad = dir.resolve("bad.qdpx");
        Files.writeString(bad, "not a zip");
        Cli.Result r = Cli.run("new", dir.resolve("bad.verbatim"), "--from", bad);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.qdpx is not a REFI-QDA project archive");
        assertThat(dir.resolve("bad.verbatim")).doesNotExist();
    }

    static JsonNode json(Path project, String... command) {
        List<Object> args = new ArrayList<>();
        args.add(command[0]);
        args.add(project);
        for (int i = 1; i < command.length; i++) {
            args.add(command[i]);
        }
        args.add("--format");
        args.add("json");
        return Cli.ok(args.toArray()).json();
    }

    /** The rows with their ids removed, sorted, so two projects compare by content. */
    static List<String> withoutIds(JsonNode rows) {
        List<String> out = new ArrayList<>();
        if (!rows.isArray()) {
            ((ObjectNode) rows).remove("id");
            out.add(rows.toString());
            return out;
        }
        for (JsonNode row : (ArrayNode) rows) {
            ((ObjectNode) row).remove("id");
            out.add(row.toString());
        }
        out.sort(null);
        return out;
    }

    /**
     * The rows as REFI-QDA carries them: ids aside, and without what the standard has no place
     * for (the original file's format and encoding, a code's keyboard shortcut).
     */
    private static List<String> comparable(JsonNode rows) {
        if (rows.isArray()) {
            for (JsonNode row : rows) {
                ((ObjectNode) row).remove(List.of("format", "encoding", "shortcut"));
            }
        }
        return withoutIds(rows);
    }

    private static List<String> withoutCounts(JsonNode rows) {
        for (JsonNode row : rows) {
            ((ObjectNode) row).remove(List.of("segments", "withSubcodes", "shortcut"));
        }
        return withoutIds(rows);
    }

    private static List<String> memos(Path project) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : json(project, "memos")) {
            out.add(m.get("on").asText() + "|" + m.get("title").asText() + "|" + m.get("text").asText());
        }
        return out;
    }

    static void validate(Path qdpx) throws IOException, SAXException {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            ZipEntry qde = zip.getEntry("project.qde");
            assertThat(qde).isNotNull();
            try (InputStream in = zip.getInputStream(qde)) {
                validate(in.readAllBytes(), "Project-mrt2019.xsd");
            }
            assertThat(zip.stream().filter(e -> e.getName().startsWith("sources/")).count()).isEqualTo(21);
        }
    }

    static void validate(byte[] xml, String xsd) throws IOException, SAXException {
        assertThat(xml[0]).as("no byte order mark before <?xml").isEqualTo((byte) '<');
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator v = f.newSchema(CliRefiExchangeTest.class.getResource("/org/verbatim/exchange/" + xsd)).newValidator();
        v.validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
    }
}

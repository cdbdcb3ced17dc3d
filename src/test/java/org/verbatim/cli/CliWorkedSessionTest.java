package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.cli.Cli.SAMPLE;
import static org.verbatim.cli.Cli.ok;
import static org.verbatim.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A researcher's session on the sample study, typed at the command line: a project, the
 * participants, the Tomsk transcripts with their attributes, the speaker map, then reading,
 * coding, listing, exporting and checking. The project is built once; tests that code work
 * on their own copy of it.
 */
class CliWorkedSessionTest {
    /** The Tomsk transcripts, in the order a folder import takes them (by file name). */
    private static final List<String> TOMSK = List.of("TOM-focus-group.txt", "TOM-indepth-01.docx",
            "TOM-indepth-02.txt", "TOM-semi-01.txt", "TOM-semi-02.txt", "TOM-semi-03.txt", "TOM-semi-04.txt");
    private static final String STATE_BEAR = "Russia looks like a state bear";

    @TempDir
    static Path base;

    @TempDir
    Path dir;

    private static Path study;
    private static Cli.Result created;
    private static Cli.Result participantsImported;
    private static Cli.Result imported;
    private static Cli.Result speakersImported;

    @BeforeAll
    static void buildTheTomskProjectFromTheSampleStudy() {
        study = base.resolve("study.verbatim");
        created = ok("new", study);
        participantsImported = ok("participants", study, "--import", SAMPLE.resolve("participants.csv"));
        imported = ok("import", study, SAMPLE.resolve("tomsk"), "--attributes", SAMPLE.resolve("documents.csv"));
        speakersImported = run("speakers", study, "--import", SAMPLE.resolve("speakers.csv"));
    }

    /** A copy of the built project for a test that changes it. */
    private Path copyOfStudy() throws IOException {
        Path copy = dir.resolve("copy.verbatim");
        try (Stream<Path> files = Files.walk(study)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(study.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return copy;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + "=" + value + " in " + array);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    // ---- setting up ------------------------------------------------------------------------

    @Test
    void newCreatesTheProjectFolderAndSaysWhere() {
        assertThat(created.out()).isEqualTo("Created project study in " + study.toAbsolutePath() + "\n");
        assertThat(created.err()).isEmpty();
        assertThat(study.resolve("project.mv.db")).isRegularFile();
        assertThat(study.resolve("originals")).isDirectory();
    }

    @Test
    void participantsImportCreatesEveryParticipantWithTypedAttributes() {
        assertThat(participantsImported.out())
                .isEqualTo("Participants: 51 created, 0 updated; 0 speaker labels mapped\n");

        JsonNode list = ok("participants", study, "--format", "json").json();

        assertThat(list).hasSize(51);
        JsonNode pavel = find(list, "id", "TOM-R03");
        assertThat(pavel.get("name").asText()).isEqualTo("Pavel N.");
        assertThat(pavel.get("documents").asInt()).isEqualTo(1);
        assertThat(pavel.get("attributes").get("city").asText()).isEqualTo("Tomsk");
        assertThat(pavel.get("attributes").get("age").asText()).isEqualTo("24");
        assertThat(pavel.get("attributes").get("sphere").asText()).isEqualTo("journalism");
        assertThat(pavel.get("attributes").get("education").asText()).isEqualTo("BA International Relations");
        assertThat(find(list, "id", "TOM-I1").get("attributes").get("education").asText())
                .isEqualTo("Candidate of Sciences in History, International Relations");
    }

    @Test
    void importOfACityFolderImportsEachTranscriptAndReportsIt() {
        assertThat(imported.outLines()).hasSize(8);
        assertThat(imported.outLines().subList(0, 7)).allSatisfy(line -> assertThat(line).startsWith("Imported TOM-"));
        assertThat(imported.outLines()).contains(
                "Imported TOM-indepth-01.docx as document 2: docx, UTF-8, en, 60 turns, 3254 words;"
                        + " speakers not yet mapped: Interviewer",
                "Imported TOM-semi-01.txt as document 4: text, UTF-8, en, 31 turns, 1307 words;"
                        + " speakers not yet mapped: Interviewer");
        assertThat(imported.outLines().get(7)).isEqualTo("7 imported, 0 refused");
        // Progress goes to standard error, one line per file.
        assertThat(imported.errLines()).containsExactly(
                "[1/7] Importing TOM-focus-group.txt", "[2/7] Importing TOM-indepth-01.docx",
                "[3/7] Importing TOM-indepth-02.txt", "[4/7] Importing TOM-semi-01.txt",
                "[5/7] Importing TOM-semi-02.txt", "[6/7] Importing TOM-semi-03.txt",
                "[7/7] Importing TOM-semi-04.txt");
    }

    @Test
    void labelSharedByTwoParticipantsIsNotMappedAutomatically() {
        // "Dmitry K." is both NNV-R03 and TOM-R02 in participants.csv: guessing would be wrong half the time.
        assertThat(imported.outLines()).contains("Imported TOM-indepth-02.txt as document 3: text, UTF-8, en, 52 turns,"
                + " 2679 words; speakers not yet mapped: Interviewer, Dmitry K.");
    }

    @Test
    void speakersCsvOfTheWholeStudyMapsTheSpeakersOfTheImportedCity() {
        assertThat(speakersImported.exit()).as(speakersImported.toString()).isZero();
        assertThat(speakersImported.out())
                .isEqualTo("Mapped 22 speaker labels (44 rows skipped: their documents are not in this project)\n");

        JsonNode speakers = ok("speakers", study, "--format", "json").json();

        assertThat(speakers).hasSize(22);
        assertThat(speakers).allSatisfy(s -> assertThat(s.get("participant").isTextual()).as(s.toString()).isTrue());
        Map<String, String> indepth02 = new LinkedHashMap<>();
        for (JsonNode s : speakers) {
            if (s.get("document").asText().equals("TOM-indepth-02.txt")) {
                indepth02.put(s.get("speaker").asText(), s.get("participant").asText());
            }
        }
        assertThat(indepth02).containsExactly(Map.entry("Interviewer", "TOM-I1"), Map.entry("Dmitry K.", "TOM-R02"));
    }

    // ---- reading ---------------------------------------------------------------------------

    @Test
    void docsAsJsonListsEveryDocumentWithFormatLanguageEncodingCountsAndAttributes() {
        JsonNode docs = ok("docs", study, "--format", "json").json();

        assertThat(docs.isArray()).isTrue();
        assertThat(docs).hasSize(7);
        List<String> names = new ArrayList<>();
        docs.forEach(d -> names.add(d.get("name").asText()));
        assertThat(names).containsExactlyElementsOf(TOMSK);
        assertThat(docs).allSatisfy(d -> assertThat(fieldNames(d))
                .contains("id", "name", "format", "language", "encoding", "turns", "words", "attributes"));

        JsonNode semi01 = find(docs, "name", "TOM-semi-01.txt");
        assertThat(semi01.get("id").asLong()).isEqualTo(4);
        assertThat(semi01.get("format").asText()).isEqualTo("text");
        assertThat(semi01.get("language").asText()).isEqualTo("en");
        assertThat(semi01.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(semi01.get("turns").asInt()).isEqualTo(31);
        assertThat(semi01.get("words").asInt()).isEqualTo(1307);
        assertThat(semi01.get("attributes").toString())
                .isEqualTo("{\"city\":\"Tomsk\",\"format\":\"semi-structured\",\"date\":\"2012-03-22\",\"interviewer\":\"TOM-I1\"}");

        JsonNode docx = find(docs, "name", "TOM-indepth-01.docx");
        assertThat(docx.get("format").asText()).isEqualTo("docx");
        assertThat(docx.get("turns").asInt()).isEqualTo(60);
        assertThat(docx.get("attributes").get("format").asText()).isEqualTo("in-depth");
        JsonNode russian = find(docs, "name", "TOM-semi-04.txt");
        assertThat(russian.get("language").asText()).isEqualTo("ru");
        assertThat(russian.get("turns").asInt()).isEqualTo(32);
    }

    @Test
    void docsTurnCountMatchesTheTimestampedLinesOfTheSourceFile() throws IOException {
        long labelled = Files.readAllLines(SAMPLE.resolve("tomsk/TOM-semi-01.txt")).stream()
                .filter(l -> l.matches("\\[\\d\\d:\\d\\d:\\d\\d] [^:]+: .*")).count();

        JsonNode semi01 = find(ok("docs", study, "--format", "json").json(), "name", "TOM-semi-01.txt");

        assertThat(labelled).isEqualTo(31);
        assertThat(semi01.get("turns").asLong()).isEqualTo(labelled);
    }

    @Test
    void showAsJsonGivesTheDocumentAndTurnsWhoseTextIsTheirRangeOfTheFullText() {
        JsonNode shown = ok("show", study, "TOM-semi-01", "--format", "json").json();
        String text = ok("show", study, "TOM-semi-01", "--text").out();

        assertThat(fieldNames(shown)).containsExactly("document", "turns");
        assertThat(shown.get("document").get("name").asText()).isEqualTo("TOM-semi-01.txt");
        assertThat(shown.get("document").get("id").asLong()).isEqualTo(4);
        JsonNode turns = shown.get("turns");
        assertThat(turns).hasSize(31);
        for (JsonNode t : turns) {
            assertThat(fieldNames(t)).contains("speaker", "participant", "timestampMs", "start", "end", "text");
            assertThat(t.get("text").asText()).isEqualTo(text.substring(t.get("start").asInt(), t.get("end").asInt()));
        }
        JsonNode first = turns.get(0);
        assertThat(first.get("speaker").asText()).isEqualTo("Interviewer");
        assertThat(first.get("participant").asText()).isEqualTo("TOM-I1");
        assertThat(first.get("timestampMs").asLong()).isEqualTo(2_000);
        assertThat(first.get("start").asInt()).isEqualTo(text.indexOf("Okay, it is recording."));
        assertThat(first.get("text").asText()).isEqualTo(
                "Okay, it is recording. Thank you for coming. Please tell me briefly about yourself, your education and what you do now.");
        JsonNode second = turns.get(1);
        assertThat(second.get("speaker").asText()).isEqualTo("Pavel N.");
        assertThat(second.get("participant").asText()).isEqualTo("TOM-R03");
        assertThat(second.get("timestampMs").asLong()).isEqualTo(9_000);
        assertThat(second.get("text").asText()).startsWith("Sure. I am twenty-four,").endsWith("not very big.");
    }

    @Test
    void showTextPrintsTheNormalisedTextExactlyOnceWithSpeakerLabelsAndNoCarriageReturns() throws IOException {
        String text = ok("show", study, "TOM-semi-01.txt", "--text").out();
        String source = Files.readString(SAMPLE.resolve("tomsk/TOM-semi-01.txt"), StandardCharsets.UTF_8)
                .replace("\r\n", "\n");

        assertThat(text).startsWith("Tomsk, semi-structured interview TOM-semi-01, 22 March 2012\n");
        assertThat(text).contains("[00:00:09] Pavel N.: Sure. I am twenty-four,");
        assertThat(text).doesNotContain("\r");
        assertThat(text.strip()).isEqualTo(source.strip());
    }

    @Test
    void showOfARussianTranscriptMapsCyrillicSpeakerLabels() {
        JsonNode turns = ok("show", study, "TOM-semi-04", "--format", "json").json().get("turns");

        assertThat(turns).hasSize(32);
        assertThat(turns.get(0).get("speaker").asText()).isEqualTo("Интервьюер");
        assertThat(turns.get(0).get("participant").asText()).isEqualTo("TOM-I1");
        assertThat(turns.get(1).get("speaker").asText()).isEqualTo("Ольга М.");
        assertThat(turns.get(1).get("participant").asText()).isEqualTo("TOM-R06");
        assertThat(turns.get(1).get("text").asText()).startsWith("Да, конечно. Мне двадцать три года");
    }

    // ---- coding ----------------------------------------------------------------------------

    @Test
    void codesAddCreatesTheCodeWithItsParentsAndShowsItInTheTree() throws IOException {
        Path p = copyOfStudy();

        Cli.Result added = ok("codes", "add", p, "Image of Russia/State bear", "--color", "#AA3300",
                "--description", "Russia pictured as a bear");
        JsonNode codes = ok("codes", p, "--format", "json").json();

        assertThat(added.out()).isEqualTo("Added code Image of Russia / State bear (#AA3300)\n");
        assertThat(codes).hasSize(2);
        assertThat(codes.get(0).get("path").asText()).isEqualTo("Image of Russia");
        assertThat(codes.get(0).get("depth").asInt()).isZero();
        assertThat(codes.get(1).get("path").asText()).isEqualTo("Image of Russia / State bear");
        assertThat(codes.get(1).get("depth").asInt()).isEqualTo(1);
        assertThat(codes.get(1).get("color").asText()).isEqualTo("#AA3300");
        assertThat(codes.get(1).get("description").asText()).isEqualTo("Russia pictured as a bear");
        assertThat(codes.get(1).get("segments").asInt()).isZero();
    }

    @Test
    void codingByQuoteFindsTheWordsAndAttributesTheSegmentToTheSpeaker() throws IOException {
        Path p = copyOfStudy();
        ok("codes", "add", p, "Image of Russia/State bear");
        int at = ok("show", p, "TOM-semi-01", "--text").out().indexOf(STATE_BEAR);

        Cli.Result coded = ok("code", p, "TOM-semi-01", "--code", "Image of Russia/State bear",
                "--quote", STATE_BEAR, "--coder", "anna");

        assertThat(at).isEqualTo(3728);
        assertThat(coded.out()).isEqualTo("Segment 1: TOM-semi-01.txt [" + at + "," + (at + STATE_BEAR.length())
                + ") coded Image of Russia / State bear by anna (participants: TOM-R03)\n");
    }

    @Test
    void codingARangeOfAFocusGroupCountsForEverySpeakerItOverlaps() throws IOException {
        Path p = copyOfStudy();
        JsonNode turns = ok("show", p, "TOM-focus-group", "--format", "json").json().get("turns");
        // From the middle of Alexei G.'s introduction to the middle of Maxim Z.'s.
        int start = turns.get(1).get("start").asInt() + 20;
        int end = turns.get(3).get("start").asInt() + 20;

        Cli.Result coded = ok("code", p, "TOM-focus-group.txt", "--code", "Work/Abroad", "--range", start + ":" + end,
                "--coder", "boris");

        assertThat(coded.outLines()).containsExactly("Created code Work", "Created code Work / Abroad",
                "Segment 1: TOM-focus-group.txt [" + start + "," + end + ") coded Work / Abroad by boris"
                        + " (participants: TOM-R07, TOM-R08, TOM-R09)");
    }

    @Test
    void repeatedQuoteIsCodedAtTheChosenOccurrenceByTheOsUserByDefault() throws IOException {
        Path p = copyOfStudy();
        String text = ok("show", p, "TOM-semi-01", "--text").out();
        int second = text.indexOf("fortress", text.indexOf("fortress") + 1);

        Cli.Result coded = ok("code", p, "TOM-semi-01", "--code", "Fortress", "--quote", "fortress", "--occurrence", "2");
        JsonNode segment = ok("segments", p, "--format", "json").json().get(0);

        assertThat(coded.outLines()).containsExactly("Created code Fortress", "Segment 1: TOM-semi-01.txt [" + second + ","
                + (second + 8) + ") coded Fortress by " + System.getProperty("user.name") + " (participants: TOM-R03)");
        assertThat(segment.get("coder").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(segment.get("start").asInt()).isEqualTo(second);
    }

    @Test
    void speakerMappedByHandIsShownAndCanBeUnmapped() throws IOException {
        Path p = copyOfStudy();

        JsonNode unmapped = ok("speakers", p, "TOM-semi-01", "--map", "Interviewer=", "--format", "json").json();
        JsonNode remapped = ok("speakers", p, "TOM-semi-01", "--map", "Interviewer=TOM-R05", "--format", "json").json();

        assertThat(unmapped).extracting(s -> s.get("speaker").asText() + "=" + s.get("participant").asText())
                .containsExactly("Interviewer=null", "Pavel N.=TOM-R03");
        assertThat(remapped).extracting(s -> s.get("speaker").asText() + "=" + s.get("participant").asText())
                .containsExactly("Interviewer=TOM-R05", "Pavel N.=TOM-R03");
        assertThat(remapped.get(0).get("turns").asInt()).isEqualTo(16);
        assertThat(ok("show", p, "TOM-semi-01", "--format", "json").json().get("turns").get(0).get("participant").asText())
                .isEqualTo("TOM-R05");
    }

    @Test
    void codebookExportedFromOneProjectImportsIntoAnotherWithColoursAndDescriptions() throws IOException {
        Path p = copyOfStudy();
        ok("codes", "add", p, "Image of Russia/State bear", "--color", "#AA3300", "--description", "Russia as a bear");
        ok("codes", "add", p, "Media/Fortress", "--shortcut", "Ctrl+1");
        Path book = dir.resolve("codebook.json");
        Path other = dir.resolve("other.verbatim");
        ok("new", other);

        Cli.Result exported = ok("codes", p, "--export", book);
        Cli.Result imported = ok("codes", other, "--import", book);
        JsonNode before = ok("codes", p, "--format", "json").json();
        JsonNode after = ok("codes", other, "--format", "json").json();

        assertThat(exported.out()).isEqualTo("Codebook written to " + book + "\n");
        assertThat(imported.out()).isEqualTo("Codebook imported: 4 codes created, 0 updated\n");
        assertThat(after).isEqualTo(before);
        assertThat(after).extracting(c -> c.get("path").asText() + " " + c.get("color").asText() + " "
                + c.get("shortcut").asText()).contains("Image of Russia / State bear #AA3300 null",
                "Media / Fortress " + before.get(3).get("color").asText() + " Ctrl+1");
    }

    /** Codes three passages: a quote in TOM-semi-01, a focus-group range, a Russian quote with a formula-like memo. */
    private Path codedStudy() throws IOException {
        Path p = copyOfStudy();
        ok("codes", "add", p, "Image of Russia/State bear");
        ok("code", p, "TOM-semi-01", "--code", "Image of Russia/State bear", "--quote", STATE_BEAR, "--coder", "anna",
                "--memo", "Pavel's central metaphor");
        ok("code", p, "1", "--code", "Work/Abroad", "--range", "700:900", "--coder", "boris");
        ok("code", p, "TOM-semi-04.txt", "--code", "Image of Russia", "--quote", "Официально — да", "--coder", "anna",
                "--memo", "=HYPERLINK(\"http://evil.example\",\"click\")");
        return p;
    }

    @Test
    void segmentsAsJsonListEachSegmentWithItsTextAndParticipants() throws IOException {
        Path p = codedStudy();
        String focusGroup = ok("show", p, "TOM-focus-group", "--text").out();

        JsonNode segments = ok("segments", p, "--format", "json").json();

        assertThat(segments).hasSize(3);
        assertThat(segments).allSatisfy(s -> assertThat(fieldNames(s))
                .contains("id", "document", "code", "start", "end", "coder", "text", "participants"));
        // In document order, then by position.
        JsonNode fg = segments.get(0);
        assertThat(fg.get("id").asLong()).isEqualTo(2);
        assertThat(fg.get("document").asText()).isEqualTo("TOM-focus-group.txt");
        assertThat(fg.get("code").asText()).isEqualTo("Work / Abroad");
        assertThat(fg.get("start").asInt()).isEqualTo(700);
        assertThat(fg.get("end").asInt()).isEqualTo(900);
        assertThat(fg.get("coder").asText()).isEqualTo("boris");
        assertThat(fg.get("text").asText()).isEqualTo(focusGroup.substring(700, 900));
        assertThat(texts(fg.get("participants"))).containsExactly("TOM-R07", "TOM-R08", "TOM-R09");
        JsonNode bear = segments.get(1);
        assertThat(bear.get("id").asLong()).isEqualTo(1);
        assertThat(bear.get("document").asText()).isEqualTo("TOM-semi-01.txt");
        assertThat(bear.get("code").asText()).isEqualTo("Image of Russia / State bear");
        assertThat(bear.get("text").asText()).isEqualTo(STATE_BEAR);
        assertThat(bear.get("end").asInt() - bear.get("start").asInt()).isEqualTo(STATE_BEAR.length());
        assertThat(texts(bear.get("participants"))).containsExactly("TOM-R03");
        JsonNode russian = segments.get(2);
        assertThat(russian.get("document").asText()).isEqualTo("TOM-semi-04.txt");
        assertThat(russian.get("text").asText()).isEqualTo("Официально — да");
        assertThat(texts(russian.get("participants"))).containsExactly("TOM-R06");
    }

    @Test
    void segmentsCodeFilterIncludesSubCodes() throws IOException {
        Path p = codedStudy();

        JsonNode image = ok("segments", p, "--code", "Image of Russia", "--format", "json").json();
        JsonNode bear = ok("segments", p, "--code", "Image of Russia/State bear", "--format", "json").json();

        assertThat(image).extracting(s -> s.get("id").asLong()).containsExactly(1L, 3L);
        assertThat(bear).extracting(s -> s.get("id").asLong()).containsExactly(1L);
    }

    @Test
    void segmentsWhereFiltersByDocumentAndParticipantAttributes() throws IOException {
        Path p = codedStudy();

        assertThat(ok("segments", p, "--where", "city=Tomsk", "--format", "json").json()).hasSize(3);
        assertThat(ok("segments", p, "--where", "city=Petrozavodsk", "--format", "json").json()).isEmpty();
        assertThat(ok("segments", p, "--where", "city=Petrozavodsk").out()).isEqualTo("(none)\n");
        // Document attribute.
        assertThat(ok("segments", p, "--where", "format=focus group", "--format", "json").json())
                .extracting(s -> s.get("id").asLong()).containsExactly(2L);
        // Participant attributes: only Ekaterina B. (TOM-R08) and Olga M. (TOM-R06) are women here.
        assertThat(ok("segments", p, "--where", "gender=female", "--format", "json").json())
                .extracting(s -> s.get("id").asLong()).containsExactly(2L, 3L);
        assertThat(ok("segments", p, "--where", "sphere=journalism", "--format", "json").json())
                .extracting(s -> s.get("id").asLong()).containsExactly(1L);
        // Values of one attribute are alternatives; different attributes must all hold.
        assertThat(ok("segments", p, "--where", "sphere=journalism", "--where", "sphere=NGO", "--format", "json").json())
                .extracting(s -> s.get("id").asLong()).containsExactly(2L, 1L);
        assertThat(ok("segments", p, "--where", "sphere=journalism", "--where", "gender=female", "--format", "json")
                .json()).isEmpty();
    }

    @Test
    void exportExcerptsWritesACsvThatAParserReadsBackWithEveryColumn() throws IOException {
        Path p = codedStudy();
        Path csv = dir.resolve("excerpts.csv");

        Cli.Result exported = ok("export", "excerpts", p, "--out", csv);
        List<List<String>> rows = Cli.csv(Files.readString(csv, StandardCharsets.UTF_8));

        assertThat(exported.out()).isEqualTo("Wrote 3 excerpts to " + csv + "\n");
        assertThat(Files.readAllBytes(csv)[0]).isEqualTo((byte) 'd');
        List<String> header = rows.get(0);
        assertThat(header).containsExactly("document", "participants", "city", "age", "gender", "sphere", "education",
                "intl_experience_years", "role", "doc_city", "doc_format", "doc_date", "doc_interviewer",
                "code", "text", "start", "end", "coder", "memo", "segment_id", "created");
        assertThat(rows).hasSize(4).allSatisfy(r -> assertThat(r).hasSize(header.size()));
        Map<String, String> fg = row(header, rows.get(1));
        assertThat(fg).containsEntry("document", "TOM-focus-group.txt")
                .containsEntry("participants", "TOM-R07; TOM-R08; TOM-R09")
                .containsEntry("gender", "male; female")
                .containsEntry("doc_format", "focus group")
                .containsEntry("code", "Work / Abroad")
                .containsEntry("start", "700").containsEntry("end", "900")
                .containsEntry("coder", "boris").containsEntry("memo", "").containsEntry("segment_id", "2");
        assertThat(fg.get("text")).isEqualTo(ok("show", p, "1", "--text").out().substring(700, 900)).contains("\n");
        Map<String, String> bear = row(header, rows.get(2));
        assertThat(bear).containsEntry("document", "TOM-semi-01.txt")
                .containsEntry("participants", "TOM-R03")
                .containsEntry("city", "Tomsk").containsEntry("age", "24").containsEntry("gender", "male")
                .containsEntry("sphere", "journalism").containsEntry("education", "BA International Relations")
                .containsEntry("role", "respondent")
                .containsEntry("doc_city", "Tomsk").containsEntry("doc_format", "semi-structured")
                .containsEntry("doc_date", "2012-03-22").containsEntry("doc_interviewer", "TOM-I1")
                .containsEntry("code", "Image of Russia / State bear")
                .containsEntry("text", STATE_BEAR)
                .containsEntry("start", "3728").containsEntry("end", String.valueOf(3728 + STATE_BEAR.length()))
                .containsEntry("coder", "anna").containsEntry("memo", "Pavel's central metaphor");
        assertThat(bear.get("created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*Z");
        Map<String, String> russian = row(header, rows.get(3));
        assertThat(russian).containsEntry("text", "Официально — да").containsEntry("code", "Image of Russia");
    }

    private static Map<String, String> row(List<String> header, List<String> cells) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            out.put(header.get(i), cells.get(i));
        }
        return out;
    }

    @Test
    void exportExcerptsForExcelStartsWithAByteOrderMarkAndNeutralisesFormulaMemos() throws IOException {
        Path p = codedStudy();
        Path csv = dir.resolve("for-excel.csv");

        ok("export", "excerpts", p, "--out", csv, "--excel", "--where", "city=Tomsk", "--coder", "anna");
        byte[] bytes = Files.readAllBytes(csv);
        List<List<String>> rows = Cli.csv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(rows).hasSize(3);
        Map<String, String> russian = row(rows.get(0), rows.get(2));
        assertThat(russian).containsEntry("document", "TOM-semi-04.txt")
                .containsEntry("memo", "'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(russian.get("text")).isEqualTo("Официально — да");
    }

    @Test
    void exportExcerptsFilteredByCodeWritesOnlyThoseExcerpts() throws IOException {
        Path p = codedStudy();
        Path csv = dir.resolve("bear.csv");

        Cli.Result exported = ok("export", "excerpts", p, "--out", csv, "--code", "Image of Russia/State bear");

        assertThat(exported.out()).isEqualTo("Wrote 1 excerpts to " + csv + "\n");
        List<List<String>> rows = Cli.csv(Files.readString(csv));
        assertThat(rows).hasSize(2);
        assertThat(row(rows.get(0), rows.get(1))).containsEntry("text", STATE_BEAR);
    }

    @Test
    void uncodeRemovesTheSegmentAndCheckStillFindsEveryOffsetSound() throws IOException {
        Path p = codedStudy();

        Cli.Result removed = ok("uncode", p, "1");
        JsonNode left = ok("segments", p, "--format", "json").json();
        Cli.Result check = run("check", p);

        assertThat(removed.out()).isEqualTo("Removed segment 1: TOM-semi-01.txt [3728,"
                + (3728 + STATE_BEAR.length()) + ") Image of Russia / State bear\n");
        assertThat(left).extracting(s -> s.get("id").asLong()).containsExactly(2L, 3L);
        assertThat(check.exit()).isZero();
        assertThat(check.out()).isEqualTo(
                "Checked 7 documents, 389 turns, 2 segments: all offsets point at the text they were made on\n");
        assertThat(check.err()).isEmpty();
        assertThat(ok("codes", p, "--format", "json").json())
                .extracting(c -> c.get("path").asText() + "=" + c.get("segments").asInt())
                .containsExactly("Image of Russia=1", "Image of Russia / State bear=0", "Work=0", "Work / Abroad=1");
    }

    @Test
    void everythingDoneIsThereWhenTheProjectIsOpenedAgain() throws IOException {
        Path p = codedStudy();

        JsonNode docs = ok("docs", p, "--format", "json").json();
        JsonNode segments = ok("segments", p, "--format", "json").json();

        assertThat(docs).hasSize(7);
        assertThat(find(docs, "name", "TOM-semi-01.txt").get("segments").asInt()).isEqualTo(1);
        assertThat(find(docs, "name", "TOM-focus-group.txt").get("segments").asInt()).isEqualTo(1);
        assertThat(segments).hasSize(3);
        assertThat(ok("check", p).out()).startsWith("Checked 7 documents, 389 turns, 3 segments:");
    }

    @Test
    void projectFolderHoldsOnlyTheDatabaseTheOriginalsTheIndexTheBackupsAndTheLock() throws IOException {
        Path p = codedStudy();

        try (Stream<Path> entries = Files.list(p)) {
            // H2 2.3.232 may record a failed internal assertion of its close-time compaction in
            // project.trace.db when assertions are on (as in tests); users run without them.
            assertThat(entries.map(e -> e.getFileName().toString()).filter(n -> !n.equals("project.trace.db"))
                    .sorted().toList()).containsExactly(".lock", "backups", "index", "originals", "project.mv.db");
        }
        // Closing a project used to log "Database is already closed" there on every command.
        if (Files.exists(p.resolve("project.trace.db"))) {
            assertThat(Files.readString(p.resolve("project.trace.db"))).doesNotContain("Database is already closed");
        }
        try (Stream<Path> originals = Files.list(p.resolve("originals"))) {
            assertThat(originals.map(e -> e.getFileName().toString()).sorted().toList()).containsExactly(
                    "1-TOM-focus-group.txt", "2-TOM-indepth-01.docx", "3-TOM-indepth-02.txt", "4-TOM-semi-01.txt",
                    "5-TOM-semi-02.txt", "6-TOM-semi-03.txt", "7-TOM-semi-04.txt");
        }
    }
}

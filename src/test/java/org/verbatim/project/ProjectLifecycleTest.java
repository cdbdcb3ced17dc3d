package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.verbatim.project.ProjectFixtures.fileHashes;
import static org.verbatim.project.ProjectFixtures.fileNames;
import static org.verbatim.project.ProjectFixtures.jdbc;
import static org.verbatim.project.ProjectFixtures.write;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.cli.VerbatimCli;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;

class ProjectLifecycleTest {
    private static final String INTERVIEW = """
            Tomsk, in-depth interview, 15 March 2012

            [00:00:05] Interviewer: How do you see Europe?
            [00:00:09] Anna Petrova: Europe is a partner for Russia.
            [00:00:20] Interviewer: And America?
            [00:00:24] Anna Petrova: America is far away, and Europe is close.
            """;

    @TempDir
    Path dir;

    /** Everything a user can read back from a project. */
    record Snapshot(List<DocumentSummary> documents, DocumentDetail detail, List<ParticipantView> participants,
                    List<SpeakerView> speakers, List<CodeNode> codes, List<SegmentView> segments, List<Memo> memos) {
        static Snapshot of(Project p) {
            return new Snapshot(p.documents(), p.document("interview.txt"), p.participants(), p.speakers(null),
                    p.codes(), p.segments(SegmentFilter.ALL), p.memos());
        }
    }

    /** A project with one of everything: document, turns, participants, attributes, speakers, codes, segments, memos. */
    private Path populatedProject() throws IOException {
        Path folder = dir.resolve("study.verbatim");
        Path interview = write(dir.resolve("in"), "interview.txt", INTERVIEW);
        Path participants = write(dir.resolve("in"), "participants.csv",
                "id,name,city,age\nR1,Anna Petrova,Tomsk,27\nI1,Svetlana O.,Tomsk,44\n");
        try (Project p = Project.create(folder)) {
            p.importParticipants(participants, Map.of());
            ImportReport report = p.importFiles(new ImportRequest(List.of(interview),
                    Map.of("format", "in-depth", "date", "2012-03-15"), null, null, null), Progress.NONE);
            assertThat(report.refused()).isEmpty();
            p.mapSpeaker("interview.txt", "Interviewer", "I1");
            p.addCode("Europe", "#112233", "Talk about the EU and European countries", "1");
            p.addCode("Europe/Partner", null, "Europe as a partner", null);
            CodingResult partner = p.code(new CodingRequest("interview.txt", "Europe/Partner", null, null,
                    "Europe is a partner for Russia.", null, "alice", "key quote"));
            p.code(CodingRequest.quote("interview.txt", "America", "America is far away", "bob"));
            p.addMemo(MemoTarget.PROJECT, null, "Aims", "Compare the three cities.");
            p.addMemo(MemoTarget.DOCUMENT, "interview.txt", "Setting", "Recorded in a cafe.");
            p.addMemo(MemoTarget.CODE, "Europe", "Definition", "Any mention of the EU.");
            p.addMemo(MemoTarget.PARTICIPANT, "R1", "Background", "Studied in Prague.");
            p.addMemo(MemoTarget.SEGMENT, String.valueOf(partner.segment().id()), "Why", "Typical answer.");
        }
        return folder;
    }

    @Test
    void reopeningAProjectFindsEverythingUnchanged() throws Exception {
        Path folder = populatedProject();
        Snapshot before;
        try (Project p = Project.open(folder)) {
            before = Snapshot.of(p);
        }

        Snapshot after;
        try (Project p = Project.open(folder)) {
            after = Snapshot.of(p);
            assertThat(p.check().problems()).isEmpty();
        }

        assertThat(after).isEqualTo(before);
        assertThat(after.documents()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("interview.txt");
            assertThat(d.format()).isEqualTo("text");
            assertThat(d.language()).isEqualTo("en");
            assertThat(d.turns()).isEqualTo(4);
            assertThat(d.segments()).isEqualTo(2);
            assertThat(d.attributes()).containsExactlyInAnyOrderEntriesOf(
                    Map.of("format", "in-depth", "date", "2012-03-15"));
        });
        assertThat(after.detail().text()).isEqualTo(INTERVIEW);
        assertThat(after.detail().turns()).extracting(TurnView::speaker, TurnView::participant, TurnView::timestampMs,
                TurnView::text).containsExactly(
                        tuple("Interviewer", "I1", 5_000L, "How do you see Europe?"),
                        tuple("Anna Petrova", "R1", 9_000L, "Europe is a partner for Russia."),
                        tuple("Interviewer", "I1", 20_000L, "And America?"),
                        tuple("Anna Petrova", "R1", 24_000L,
                                "America is far away, and Europe is close."));
        assertThat(after.participants()).extracting(ParticipantView::key, ParticipantView::name,
                ParticipantView::documents, ParticipantView::attributes).containsExactly(
                        tuple("I1", "Svetlana O.", 1L, Map.of("city", "Tomsk", "age", "44")),
                        tuple("R1", "Anna Petrova", 1L, Map.of("city", "Tomsk", "age", "27")));
        assertThat(after.speakers()).containsExactly(
                new SpeakerView("interview.txt", "Interviewer", 2, "I1"),
                new SpeakerView("interview.txt", "Anna Petrova", 2, "R1"));
        assertThat(after.codes()).extracting(CodeNode::path, n -> n.code().color(), n -> n.code().description(),
                n -> n.code().shortcut(), CodeNode::segments, CodeNode::segmentsWithSubcodes).containsExactly(
                        tuple("Europe", "#112233",
                                "Talk about the EU and European countries", "1", 0L, 1L),
                        tuple("Europe / Partner", after.codes().get(1).code().color(),
                                "Europe as a partner", null, 1L, 1L),
                        tuple("America", after.codes().get(2).code().color(), null, null,
                                1L, 1L));
        int partnerStart = INTERVIEW.indexOf("Europe is a partner");
        int americaStart = INTERVIEW.indexOf("America is far away");
        assertThat(after.segments()).extracting(SegmentView::code, SegmentView::start, SegmentView::end,
                SegmentView::coder, SegmentView::text, SegmentView::memo, SegmentView::participants).containsExactly(
                        tuple("Europe / Partner", partnerStart, partnerStart + 31, "alice",
                                "Europe is a partner for Russia.", "key quote", List.of("R1")),
                        tuple("America", americaStart, americaStart + 19, "bob",
                                "America is far away", null, List.of("R1")));
        assertThat(after.memos()).extracting(Memo::target, Memo::title, Memo::text).containsExactly(
                tuple(MemoTarget.PROJECT, "Aims", "Compare the three cities."),
                tuple(MemoTarget.DOCUMENT, "Setting", "Recorded in a cafe."),
                tuple(MemoTarget.CODE, "Definition", "Any mention of the EU."),
                tuple(MemoTarget.PARTICIPANT, "Background", "Studied in Prague."),
                tuple(MemoTarget.SEGMENT, "Why", "Typical answer."));
        assertThat(fileNames(folder.resolve("originals"))).containsExactly("1-interview.txt");
    }

    @Test
    void aNewProjectIsAnEmptyFolderWithItsDatabaseAndOriginals() {
        Path folder = dir.resolve("fresh.verbatim");

        try (Project p = Project.create(folder)) {
            assertThat(p.name()).isEqualTo("fresh");
            assertThat(p.documents()).isEmpty();
            assertThat(p.codes()).isEmpty();
        }

        assertThat(folder.resolve("project.mv.db")).isRegularFile();
        assertThat(folder.resolve("originals")).isEmptyDirectory();
    }

    @Test
    void closingAProjectLeavesNoErrorTraceInItsFolder() throws Exception {
        Path folder = populatedProject();
        try (Project p = Project.open(folder)) {
            p.addCode("Later", null, null, null);
        }

        assertThat(fileNames(folder)).containsExactly(".lock", "backups", "index", "originals", "project.mv.db");
    }

    @Test
    void afterClosingAnotherProcessCanOpenTheProject() throws Exception {
        Path folder = populatedProject();
        try (Project p = Project.open(folder)) {
            p.addCode("Later", null, null, null);
        }

        ChildResult child = runSecondProcess("codes", folder.toString(), "--format", "csv");

        assertThat(child.stderr()).isEmpty();
        assertThat(child.exit()).isZero();
        assertThat(child.stdout()).contains("Europe / Partner", "America", "Later");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"missing folder", "empty folder", "folder of other files"})
    void openingAFolderWithoutAProjectNamesTheFolderAndCreatesNothing(String situation) throws Exception {
        Path folder = dir.resolve("notes.verbatim");
        if (!situation.equals("missing folder")) {
            Files.createDirectory(folder);
        }
        if (situation.equals("folder of other files")) {
            write(folder, "notes.txt", "R1: hello");
        }
        List<String> contents = fileNames(folder);

        assertThatThrownBy(() -> Project.open(folder))
                .isExactlyInstanceOf(ProjectException.class)
                .hasMessage("No Verbatim project at " + folder + " (expected a folder NAME.verbatim with project.mv.db;"
                        + " create one with: verbatim new " + folder + ")");
        assertThat(fileNames(folder)).isEqualTo(contents);
        assertThat(Files.exists(folder)).isEqualTo(!situation.equals("missing folder"));
    }

    @Test
    void creatingAProjectInANonEmptyFolderIsRefusedAndTouchesNothing() throws Exception {
        Path folder = dir.resolve("thesis");
        write(folder, "chapter1.txt", "draft");

        assertThatThrownBy(() -> Project.create(folder))
                .isExactlyInstanceOf(ProjectException.class)
                .hasMessage("Cannot create project " + folder + ": it already exists and is not empty");
        assertThat(fileNames(folder)).containsExactly("chapter1.txt");
    }

    @Test
    void creatingAProjectOverAFileIsRefused() throws Exception {
        Path file = write(dir, "study.verbatim", "not a folder");

        assertThatThrownBy(() -> Project.create(file))
                .isExactlyInstanceOf(ProjectException.class)
                .hasMessage("Cannot create project " + file + ": it already exists and is not empty");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void creatingAProjectOverAnExistingProjectIsRefused() throws Exception {
        Path folder = populatedProject();
        Map<String, String> before = fileHashes(folder);

        assertThatThrownBy(() -> Project.create(folder)).isExactlyInstanceOf(ProjectException.class)
                .hasMessage("Cannot create project " + folder + ": it already exists and is not empty");
        assertThat(fileHashes(folder)).isEqualTo(before);
    }

    @Test
    void openingAProjectAlreadyOpenInThisJvmIsRefusedWithTheLockMessage() throws Exception {
        Path folder = dir.resolve("study.verbatim");
        try (Project first = Project.create(folder)) {
            first.addCode("Europe", null, null, null);

            assertThatThrownBy(() -> Project.open(folder))
                    .isExactlyInstanceOf(ProjectInUseException.class)
                    .hasMessage("Project study.verbatim is open in another Verbatim window or process.");
            assertThatThrownBy(() -> Project.create(folder))
                    .isInstanceOf(ProjectException.class);

            // The first window is unharmed and keeps working.
            first.addCode("America", null, null, null);
            assertThat(first.codes()).extracting(CodeNode::path).containsExactly("Europe", "America");
        }
        // Closing the first window frees the project.
        try (Project again = Project.open(folder)) {
            assertThat(again.codes()).extracting(CodeNode::path).containsExactly("Europe", "America");
        }
    }

    @Test
    void theCommandLineInThisJvmPrintsTheLockMessageAsOneLine() throws Exception {
        Path folder = dir.resolve("study.verbatim");
        try (Project open = Project.create(folder)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int exit = VerbatimCli.run(new String[] {"docs", folder.toString(), "--wait", "0"}, new PrintWriter(out), new PrintWriter(err));

            assertThat(exit).isNotZero();
            assertThat(out.toString()).isEmpty();
            assertThat(err.toString()).isEqualTo(
                    "verbatim: Project study.verbatim is open in another Verbatim window or process." + System.lineSeparator());
        }
    }

    @Test
    void aSecondProcessOpeningTheProjectGetsOneClearLineAndNoStackTrace() throws Exception {
        Path folder = dir.resolve("study.verbatim");
        try (Project open = Project.create(folder)) {
            open.addCode("Europe", null, null, null);

            ChildResult child = runSecondProcess("docs", folder.toString(), "--wait", "0");

            assertThat(child.exit()).isNotZero();
            assertThat(child.stdout()).isEmpty();
            assertThat(child.stderr()).isEqualTo(
                    "verbatim: Project study.verbatim is open in another Verbatim window or process."
                            + System.lineSeparator());
            assertThat(open.codes()).extracting(CodeNode::path).containsExactly("Europe");
        }
    }

    @Test
    void aSecondProcessIsStillRefusedAfterAFailedSecondOpenInThisJvm() throws Exception {
        // Closing a file channel on Linux drops every lock the process holds on that file; the
        // failed second open must not leave the project open to another process.
        Path folder = dir.resolve("study.verbatim");
        try (Project open = Project.create(folder)) {
            assertThatThrownBy(() -> Project.open(folder)).isExactlyInstanceOf(ProjectInUseException.class);

            ChildResult child = runSecondProcess("codes", folder.toString(), "--format", "csv", "--wait", "0");

            assertThat(child.stderr()).isEqualTo(
                    "verbatim: Project study.verbatim is open in another Verbatim window or process."
                            + System.lineSeparator());
            assertThat(child.exit()).isNotZero();
            open.addCode("Still mine", null, null, null);
            assertThat(open.codes()).extracting(CodeNode::path).containsExactly("Still mine");
        }
    }

    /** The schema versions of the migrations this build ships, in order. */
    private static List<String> shippedMigrations() {
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The highest schema version among the migrations this build ships. */
    private static String latestMigration() {
        List<String> shipped = shippedMigrations();
        return shipped.get(shipped.size() - 1);
    }

    @Test
    void aProjectSavedByANewerVerbatimIsRefusedAndLeftUntouched() throws Exception {
        Path folder = populatedProject();
        jdbc(folder, c -> {
            int inserted = c.createStatement().executeUpdate("INSERT INTO \"flyway_schema_history\""
                    + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\","
                    + " \"installed_by\", \"installed_on\", \"execution_time\", \"success\")"
                    + " SELECT \"installed_rank\" + 1, '99', 'from the future', \"type\", 'V99__from_the_future.sql',"
                    + " \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\""
                    + " FROM \"flyway_schema_history\" WHERE \"installed_rank\" ="
                    + " (SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")");
            assertThat(inserted).isEqualTo(1);
        });
        Map<String, String> before = fileHashes(folder);
        String message = "The project study.verbatim was saved by a newer version of Verbatim (schema version 99;"
                + " this version knows up to " + latestMigration() + "). Install the newer Verbatim to open it.";

        assertThatThrownBy(() -> Project.open(folder))
                .isExactlyInstanceOf(ProjectException.class)
                .hasMessage(message);
        StringWriter err = new StringWriter();
        int exit = VerbatimCli.run(new String[] {"docs", folder.toString(), "--wait", "0"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertThat(exit).isNotZero();
        assertThat(err.toString()).isEqualTo("verbatim: " + message + System.lineSeparator());
        assertThat(fileHashes(folder)).isEqualTo(before);
        jdbc(folder, c -> {
            ResultSet rs = c.createStatement().executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
            List<String> versions = new java.util.ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            assertThat(versions).endsWith("99").hasSize(shippedMigrations().size() + 1)
                    .startsWith(shippedMigrations().toArray(String[]::new));
            ResultSet docs = c.createStatement().executeQuery("SELECT COUNT(*) FROM document");
            docs.next();
            assertThat(docs.getInt(1)).isEqualTo(1);
        });
    }

    @Test
    void aRefusedNewerProjectDoesNotKeepTheProjectLocked() throws Exception {
        Path folder = populatedProject();
        jdbc(folder, c -> c.createStatement().executeUpdate("INSERT INTO \"flyway_schema_history\""
                + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\","
                + " \"installed_by\", \"installed_on\", \"execution_time\", \"success\")"
                + " SELECT \"installed_rank\" + 1, '99', 'from the future', \"type\", 'V99__from_the_future.sql',"
                + " \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\""
                + " FROM \"flyway_schema_history\" WHERE \"installed_rank\" ="
                + " (SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")"));
        assertThatThrownBy(() -> Project.open(folder)).isNotInstanceOf(ProjectInUseException.class);

        // The newer Verbatim's row removed again (as if the user went back), the project opens.
        jdbc(folder, c -> c.createStatement().executeUpdate(
                "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '99'"));
        try (Project p = Project.open(folder)) {
            assertThat(p.documents()).extracting(DocumentSummary::name).containsExactly("interview.txt");
        }
    }

    record ChildResult(int exit, String stdout, String stderr) { }

    /** Runs the command line in a separate JVM, as a second Verbatim process would. */
    private ChildResult runSecondProcess(String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dverbatim.home=" + System.getProperty("verbatim.home", "target/test-home"),
                "-Djava.awt.headless=true",
                "org.verbatim.Launcher"));
        command.addAll(List.of(args));
        Path stdout = dir.resolve("child.out");
        Path stderr = dir.resolve("child.err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the second process did not finish within 60 s");
        }
        return new ChildResult(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }
}

package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.store.ProjectStore;
import org.verbatim.testing.Mounts;

/**
 * A disk that fills during an import: the import stops with one line saying how many documents
 * it kept and what to do, those documents stay intact, and later commands keep working (a full
 * disk is not reported as a damaged database).
 */
class DiskFullTest {
    private static final Pattern STOPPED = Pattern.compile(
            "the disk is full; (\\d+) (?:document was imported before it filled and is|documents were imported before it"
                    + " filled and are) kept;"
                    + " free space and run the import again.*");
    private static final String[] WORDS = {"Siberia", "partner", "China", "trade", "border", "winter", "railway",
        "students", "market", "family", "history", "language"};

    @TempDir
    Path dir;
    private Path mounted;

    @AfterEach
    void unmount() {
        if (mounted != null) {
            Mounts.unmount(mounted);
        }
    }

    @Test
    void aWriteThatFindsTheDiskFullStopsTheImportKeepingTheDocumentsBeforeIt() throws Exception {
        Path folder = dir.resolve("study.verbatim");
        List<Path> files = transcripts(dir.resolve("in"), 5);
        Project.create(folder).close();
        AtomicInteger copies = new AtomicInteger();
        Importer.Copier fillsAfterTwo = (from, to) -> {
            if (copies.incrementAndGet() > 2) {
                throw new IOException("No space left on device");
            }
            return Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        };
        try (ProjectStore store = ProjectStore.open(folder);
             SearchIndexSync sync = new SearchIndexSync(store, folder.resolve("index"))) {
            Importer importer = new Importer(store, folder.resolve("originals"), fillsAfterTwo);
            assertThatThrownBy(() -> sync.importFiles(importer, new ImportRequest(files, java.util.Map.of(), null, null,
                    null), Progress.NONE))
                    .isInstanceOf(ProjectException.class)
                    .hasMessage("the disk is full; 2 documents were imported before it filled and are kept;"
                            + " free space and run the import again (the documents already imported are skipped)");
        }
        try (Project project = Project.open(folder)) {
            assertThat(project.documents()).extracting(DocumentSummary::name).containsExactly("t01.txt", "t02.txt");
            assertThat(project.check().ok()).isTrue();
            assertThat(project.search(SearchQuery.of("Siberia"), Progress.NONE).total()).isPositive();
            assertThat(ProjectFixtures.fileNames(folder.resolve("originals"))).hasSize(2);
            ImportReport rest = project.importFiles(new ImportRequest(files, java.util.Map.of(), null, null, null),
                    Progress.NONE);
            assertThat(rest.imported()).hasSize(3);
            assertThat(project.documents()).hasSize(5);
        }
    }

    @Test
    void aRealDiskThatFillsDuringAnImportLeavesAWorkingProject() throws Exception {
        Path small = smallDisk();
        List<Path> files = transcripts(dir.resolve("in"), 120);
        Path folder = small.resolve("study.verbatim");
        Project.create(folder).close();

        int kept;
        try (Project project = Project.open(folder)) {
            ProjectException stopped = org.junit.jupiter.api.Assertions.assertThrows(ProjectException.class,
                    () -> project.importFiles(new ImportRequest(files, java.util.Map.of(), null, null, null),
                            Progress.NONE));
            Matcher m = STOPPED.matcher(stopped.getMessage());
            assertThat(m.matches()).as(stopped.getMessage()).isTrue();
            kept = Integer.parseInt(m.group(1));
            assertThat(kept).isBetween(1, 119);
        }

        // Still full: the next commands (each its own process, as from a terminal) read the project,
        // and nothing calls the database damaged.
        Command docs = command("docs", folder);
        assertThat(docs.exit()).as(docs.output()).isZero();
        assertThat(docs.output().lines().filter(l -> l.contains(".txt"))).hasSize(kept);
        Command check = command("check", folder);
        assertThat(check.exit()).as(check.output()).isZero();

        assertThat(Mounts.resize(small, 64)).isNull();
        Command again = command("import", folder, dir.resolve("in"));
        assertThat(again.exit()).as(again.output()).isEqualTo(1);
        assertThat(again.output()).contains((120 - kept) + " imported, " + kept + " refused");
        assertThat(command("docs", folder).output().lines().filter(l -> l.contains(".txt"))).hasSize(120);
        assertThat(command("check", folder).exit()).isZero();
        Command search = command("search", folder, "Siberia");
        assertThat(search.exit()).as(search.output()).isZero();
        assertThat(search.output()).contains("**Siberia**");
    }

    @Test
    void oneDocumentKeptIsSaidInTheSingular() {
        assertThatThrownBy(() -> StorageFaults.stopImportIfDiskFull(new IOException("No space left on device"), 1))
                .hasMessageStartingWith("the disk is full; 1 document was imported before it filled and is kept;"
                        + " free space and run the import again");
    }

    @Test
    void aProjectOpenWhenItsDiskFillsGoesOnForReadingAndTakesChangesAgainOnceThereIsSpace() throws Exception {
        Path small = smallDisk();
        Path folder = small.resolve("study.verbatim");
        try (Project project = Project.create(folder)) {
            project.importFiles(new ImportRequest(transcripts(dir.resolve("in"), 3), java.util.Map.of(), null, null, null),
                    Progress.NONE);
        }
        Path filler = small.resolve("filler");
        List<String> made = new java.util.ArrayList<>();
        try (Project project = Project.open(folder)) {
            fill(filler);

            // H2 writes each commit as a new chunk, first into free room inside its file: changes go on
            // until a chunk needs the file to grow. That commit fails, H2 stops the database, the code is not made.
            ProjectException refused = null;
            for (int i = 1; refused == null && i <= 500; i++) {
                try {
                    project.addCode("Filler " + i, null, null, null);
                    made.add("Filler " + i);
                } catch (ProjectException e) {
                    refused = e;
                }
            }
            assertThat(refused).as("a change the full disk could not take").isNotNull();
            assertThat(refused.getMessage()).contains("the disk is full");
            // The window showing the project can still read it.
            assertThat(project.documents()).hasSize(3);
            assertThat(project.check().ok()).isTrue();
        }
        Files.delete(filler);
        try (Project project = Project.open(folder)) {
            project.addCode("Trust", null, null, null);
            made.add("Trust");
            assertThat(project.codes()).extracting(c -> c.path()).containsExactlyInAnyOrderElementsOf(made);
            assertThat(project.documents()).hasSize(3);
        }
    }

    /** A 3 MB tmpfs of its own (unmounted after the test); the test is skipped where none can be mounted. */
    private Path smallDisk() throws IOException {
        Path small = Files.createDirectories(dir.resolve("small"));
        String refused = Mounts.tmpfs(small, 3);
        Assumptions.assumeTrue(refused == null, "no tmpfs can be mounted here (" + refused
                + "); the simulated full disk above covers the import");
        mounted = small;
        return small;
    }

    /** Writes {@code file} until the disk refuses even a byte. */
    private static void fill(Path file) throws IOException {
        try (var out = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE)) {
            for (int size = 64 * 1024; size >= 1; size /= 8) {
                try {
                    while (true) {
                        out.write(java.nio.ByteBuffer.allocate(size));
                    }
                } catch (IOException full) {
                    assertThat(full.getMessage()).contains("No space left on device");
                }
            }
        }
    }

    private record Command(int exit, String output) { }

    /** Runs {@code verbatim ARGS} in a process of its own, as a terminal's next command is. */
    private Command command(Object... args) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dverbatim.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"),
                org.verbatim.Launcher.class.getName()));
        for (Object a : args) {
            line.add(a.toString());
        }
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        return new Command(p.exitValue(), output);
    }

    /** Distinct interview-like transcripts of about 16 KB each. */
    private static List<Path> transcripts(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(7);
        for (int i = 1; i <= count; i++) {
            StringBuilder text = new StringBuilder();
            for (int turn = 0; turn < 80; turn++) {
                text.append(turn % 2 == 0 ? "Interviewer: " : "Anna: ");
                for (int w = 0; w < 30; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(w == 29 ? ".\n\n" : " ");
                }
            }
            Files.writeString(folder.resolve(String.format("t%02d.txt", i)), text);
        }
        try (var listed = Files.list(folder)) {
            return listed.sorted().toList();
        }
    }
}

package org.verbatim.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.verbatim.exchange.CsvTable;

/**
 * The built-in sample study (synthetic transcripts after the CEPS 2012 study of young
 * foreign-policy professionals in Nizhny Novgorod, Tomsk and Petrozavodsk), shipped inside the
 * application under {@code /sample/} and built into a project with the ordinary use cases:
 * participants, codebook, import with document attributes, speaker mapping, and the coding of
 * the whole corpus from {@code codings.csv} (one coder throughout, a second coder on a few
 * documents), so that retrieval, search and the comparison of cities show something at once.
 */
public final class SampleStudy {
    public static final String NAME = "Sample study";
    private static final String ROOT = "/sample/";

    private SampleStudy() {
    }

    /** What was built. */
    public record Built(Path folder, int documents, int participants, int codes, int speakersMapped,
                        List<String> unmapped, int segments) { }

    /** The sample project in the user's Verbatim folder, built there on first use. */
    public static Path defaultLocation() {
        return VerbatimHome.path().resolve("sample").resolve(NAME + Project.EXTENSION);
    }

    /** Builds the sample project into {@code folder}, which must not exist yet. */
    public static Built build(Path folder, Progress progress) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("verbatim-sample");
            List<Path> files = unpack(staging);
            // Created before the clean-up guard below, so a failure never deletes a folder we did not make.
            Project created = Project.create(folder);
            try (Project project = created) {
                progress.update(0, files.size() + 3, "Adding participants");
                var participants = project.importParticipants(staging.resolve("participants.csv"), java.util.Map.of());
                var codebook = project.importCodebook(staging.resolve("codebook.json"));
                ImportRequest request = new ImportRequest(files, java.util.Map.of(), staging.resolve("documents.csv"), null, null);
                ImportReport report = project.importFiles(request, new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        progress.update(done + 1, total + 3, message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return progress.isCancelled();
                    }
                });
                if (!report.refused().isEmpty() || report.cancelled()) {
                    throw new ProjectException(report.cancelled() ? "Building the sample study was cancelled"
                            : "The sample study is damaged: " + report.refused().get(0).file().getFileName() + ": "
                            + report.refused().get(0).reason());
                }
                progress.update(files.size() + 1, files.size() + 3, "Mapping speakers to participants");
                int mapped = project.importSpeakerMap(staging.resolve("speakers.csv")).mapped();
                List<String> unmapped = project.speakers(null).stream().filter(s -> s.participant() == null)
                        .map(s -> s.document() + ": " + s.speaker()).toList();
                progress.update(files.size() + 2, files.size() + 3, "Coding the transcripts");
                var codings = project.importCodings(staging.resolve("codings.csv"), null);
                progress.update(files.size() + 3, files.size() + 3, "Sample study ready");
                return new Built(folder, report.imported().size(), participants.created(), codebook.created(), mapped,
                        unmapped, codings.created());
            } catch (RuntimeException e) {
                deleteTree(folder);
                throw e;
            }
        } catch (IOException e) {
            throw new ProjectException("Cannot build the sample study: " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
        }
    }

    /** Copies the sample's files out of the application into {@code dir}; returns the transcripts. */
    private static List<Path> unpack(Path dir) throws IOException {
        for (String csv : List.of("participants.csv", "documents.csv", "speakers.csv", "codebook.json", "codings.csv")) {
            copy(csv, dir.resolve(csv));
        }
        CsvTable documents = CsvTable.read(dir.resolve("documents.csv"));
        int fileColumn = documents.column("file");
        List<Path> files = new ArrayList<>();
        for (List<String> row : documents.rows()) {
            String relative = row.get(fileColumn);
            if (!relative.matches("[A-Za-z0-9_-]+/[A-Za-z0-9_.-]+")) {
                throw new ProjectException("The sample study lists an unexpected file name: " + relative);
            }
            Path target = dir.resolve(relative);
            Files.createDirectories(target.getParent());
            copy(relative, target);
            files.add(target);
        }
        return files;
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = SampleStudy.class.getResourceAsStream(ROOT + resource)) {
            if (in == null) {
                throw new ProjectException("The sample study is missing " + resource + " in this build of Verbatim");
            }
            Files.copy(in, target);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Leftovers in a temp folder are harmless; the error that brought us here matters more.
        }
    }
}

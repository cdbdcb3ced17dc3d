package org.verbatim.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.verbatim.exchange.CodebookEntry;
import org.verbatim.exchange.ExchangeException;
import org.verbatim.exchange.RefiArchive;
import org.verbatim.exchange.RefiCodebookFile;
import org.verbatim.exchange.RefiLimits;
import org.verbatim.exchange.RefiProject;
import org.verbatim.exchange.RefiProjectReader;
import org.verbatim.exchange.RefiProjectWriter;
import org.verbatim.store.ProjectStore;

/**
 * REFI-QDA exchange of one open project: merge a .qdpx / project.qde or another Verbatim
 * project into it (with a preview that changes nothing), export it as .qdpx, and import or
 * export the codebook as .qdc. A new project from a .qdpx is {@link #createProject}: the same
 * merge into an empty project. Every merge is one transaction (see {@link RefiMapping}).
 */
public final class RefiExchange {
    private final ProjectStore store;
    private final SearchIndexSync index;
    private final Path folder;
    private final String projectName;

    RefiExchange(ProjectStore store, SearchIndexSync index, Path folder, String projectName) {
        this.store = store;
        this.index = index;
        this.folder = folder;
        this.projectName = projectName;
    }

    /**
     * Creates {@code folder} as a new project holding what {@code file} (.qdpx or .qde) holds.
     * The file is read and checked first; if anything fails, no project folder is left behind.
     */
    public static RefiReport createProject(Path folder, Path file, Progress progress) {
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || hasEntries(folder))) {
                throw new ProjectException("Cannot create project " + folder + ": it already exists and is not empty");
            }
        } catch (IOException e) {
            throw new ProjectException("Cannot create project " + folder + ": " + e.getMessage(), e);
        }
        progress.update(0, -1, "Reading " + file.getFileName());
        RefiProject read = read(file);
        boolean existed = Files.exists(folder);
        try (Project p = Project.create(folder)) {
            return p.refi().apply(read, file.getFileName().toString(), null, progress);
        } catch (RuntimeException e) {
            removeQuietly(folder, existed);
            throw e;
        }
    }

    /** Reads a .qdpx or .qde, turning what is wrong with it into a message naming the file and element. */
    static RefiProject read(Path file) {
        try (RefiArchive archive = RefiArchive.open(file, RefiLimits.DEFAULT)) {
            return RefiProjectReader.read(archive);
        } catch (ExchangeException e) {
            throw new ProjectException(e.getMessage(), e);
        }
    }

    /**
     * Adds what {@code other} (a .qdpx, a .qde, or a NAME.verbatim folder) holds that this
     * project lacks; see {@link RefiMapping}. {@code asCoder} files every incoming segment
     * under that coder (null: each under its own).
     */
    public RefiReport merge(Path other, String asCoder, Progress progress) {
        progress.update(0, -1, "Reading " + other.getFileName());
        return apply(incoming(other, progress), other.getFileName().toString(), asCoder, progress);
    }

    /** What {@link #merge} would add, computed in a transaction that is then rolled back. */
    public RefiReport previewMerge(Path other, String asCoder, Progress progress) {
        RefiProject incoming = incoming(other, progress);
        try {
            store.write(tx -> {
                RefiReport report = new RefiMapping(tx, new IndexChanges(), asCoder, progress)
                        .apply(incoming, other.getFileName().toString());
                throw new Preview(report);
            });
        } catch (Preview p) {
            return p.report;
        }
        throw new IllegalStateException("A preview always rolls back");
    }

    /** Carries a preview's report out of the transaction it rolls back. */
    private static final class Preview extends RuntimeException {
        private final transient RefiReport report;

        Preview(RefiReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    private RefiReport apply(RefiProject incoming, String file, String asCoder, Progress progress) {
        return index.write((tx, changes) -> new RefiMapping(tx, changes, asCoder, progress).apply(incoming, file));
    }

    private RefiProject incoming(Path other, Progress progress) {
        if (Files.isDirectory(other)) {
            if (other.toAbsolutePath().normalize().equals(folderOfThis())) {
                throw new ProjectException("Cannot merge a project into itself");
            }
            try (Project p = Project.open(other)) {
                return p.refi().snapshot(progress);
            }
        }
        return read(other);
    }

    private Path folderOfThis() {
        return folder.toAbsolutePath().normalize();
    }

    /** The project as REFI-QDA records, texts included. */
    RefiProject snapshot(Progress progress) {
        return store.read(tx -> RefiExportBuilder.build(tx, projectName, progress));
    }

    /** What an export wrote. */
    public record ExportReport(int documents, int codes, int segments, int participants, int memos) { }

    /**
     * Writes the project as a .qdpx that validates against the REFI-QDA project schema; the file
     * is written whole or not at all.
     */
    public ExportReport exportQdpx(Path file, Progress progress) {
        RefiProject project = snapshot(progress);
        progress.update(0, -1, "Writing " + file.getFileName());
        AtomicFile.write(file, out -> {
            try {
                RefiProjectWriter.write(project, out);
            } catch (ExchangeException e) {
                throw new ProjectException("Cannot export " + file + ": " + e.getMessage(), e);
            }
            return null;
        });
        int segments = project.sources().stream().mapToInt(s -> (int) s.selections().stream()
                .filter(sel -> !sel.codings().isEmpty()).count()).sum();
        return new ExportReport(project.sources().size(), project.allCodes().size(), segments,
                project.cases().size(), project.notes().size());
    }

    /** Adds the codes of a .qdc codebook (existing codes, matched by path, keep their details). */
    public Project.CodebookImport importCodebook(Path qdc) {
        RefiCodebookFile.Contents contents;
        try {
            contents = RefiCodebookFile.read(qdc);
        } catch (ExchangeException e) {
            throw new ProjectException(e.getMessage(), e);
        }
        List<CodebookEntry> entries = entries(contents.codes());
        var counts = index.write((tx, changes) -> Codebook.importEntries(tx, entries));
        return new Project.CodebookImport(counts.created(), counts.updated());
    }

    static List<CodebookEntry> entries(List<RefiProject.Code> codes) {
        List<CodebookEntry> out = new ArrayList<>();
        for (RefiProject.Code c : codes) {
            out.add(new CodebookEntry(RefiMapping.codeName(c.name()), c.color(), RefiMapping.blank(c.description()),
                    null, entries(c.children())));
        }
        return out;
    }

    /** Writes the codebook as a .qdc that validates against the REFI-QDA codebook schema. */
    public int exportCodebook(Path qdc) {
        List<RefiProject.Code> codes = store.read(RefiExportBuilder::codebook);
        byte[] xml;
        try {
            xml = RefiCodebookFile.xml(codes, "Verbatim");
        } catch (ExchangeException e) {
            throw new ProjectException("Cannot export " + qdc + ": " + e.getMessage(), e);
        }
        AtomicFile.write(qdc, out -> {
            out.write(xml);
            return null;
        });
        return count(codes);
    }

    private static int count(List<RefiProject.Code> codes) {
        return codes.stream().mapToInt(c -> 1 + count(c.children())).sum();
    }

    private static boolean hasEntries(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    /** Removes what a failed creation made: the whole folder, or only its contents if it existed (empty) before. */
    private static void removeQuietly(Path folder, boolean existed) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!existed || !p.equals(folder)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(RefiExchange.class).warn("Cannot remove the unfinished project {}",
                    folder, e);
        }
    }
}

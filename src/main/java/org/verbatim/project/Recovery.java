package org.verbatim.project;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.store.KeyHeader;
import org.verbatim.store.ProjectKey;
import org.verbatim.store.StoreException;
import org.verbatim.store.StoreSalvage;
import org.verbatim.store.StoreSalvage.TableSalvage;

/**
 * Salvages a damaged project into a new one ({@code verbatim recover}): everything that can still
 * be read of its database, its originals, and a new index; then says what was lost. The damaged
 * project is only read — its database is copied (with the project locked) and the copy is read.
 * An encrypted project is read with its password and recovered into a project encrypted under
 * the same password (its header is copied), so nothing of it is ever written in clear.
 */
public final class Recovery {
    /** Originals are named {@code ID-NAME}; the id ties each to its document. */
    private static final Pattern ORIGINAL = Pattern.compile("(\\d{1,18})-(.*)");
    public static final String UNCLAIMED = "recovered-originals";

    private Recovery() {
    }

    /** What became of one table: rows copied, rows known to exist but lost, and what was read only in part. */
    public record TableLoss(String table, long copied, long lost, List<String> problems) {
    }

    /** What a recovery brought back and what it lost. */
    public record RecoveryReport(Path folder, Map<String, TableLoss> tables, List<String> lostDocuments,
            int documents, int segments, int memos, CheckReport check, boolean encrypted) {
        /** Rows of {@code table} that existed but could not be brought back (as far as they could be counted). */
        public long lost(String table) {
            TableLoss t = tables.get(table);
            return t == null ? 0 : t.lost();
        }

        /** Whether something is known to be lost. */
        public boolean lostAnything() {
            return tables.values().stream().anyMatch(t -> t.lost() > 0 || !t.problems().isEmpty());
        }
    }

    /**
     * Salvages {@code damaged} into the new project folder {@code out}, which must not exist or be
     * empty; {@code password} is an encrypted project's (null for a plain one).
     *
     * @throws WrongPasswordException when the password does not open the project (nothing is written)
     */
    public static RecoveryReport recover(Path damaged, Path out, String password, Duration patience, Consumer<String> waiting) {
        if (TeamProjects.isTeamProject(damaged)) {
            throw new ProjectException("Project " + damaged.getFileName() + " is a team project: its data is on the"
                    + " server, which keeps its own; there is no project file to recover");
        }
        if (!Files.isRegularFile(damaged.resolve(BackupArchive.DATABASE))) {
            throw new ProjectException("No Verbatim project at " + damaged + " (expected a folder NAME.verbatim with project.mv.db)");
        }
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(damaged.toAbsolutePath().normalize())) {
            throw new ProjectException("Cannot recover into " + out + ": it is inside the damaged project; give a new folder beside it");
        }
        refuseExisting(out);
        ProjectKey key = ProjectEncryption.keyOf(damaged, password);
        Path scratch = null;
        boolean done = false;
        try {
            scratch = Files.createTempDirectory("verbatim-recover");
            Path copy = Files.createDirectory(scratch.resolve("damaged"));
            BusyWait.until(damaged, patience, waiting, () -> {
                try (ProjectLock lock = ProjectLock.acquire(damaged)) {
                    Files.copy(damaged.resolve(BackupArchive.DATABASE), copy.resolve(BackupArchive.DATABASE));
                    return copy;
                } catch (IOException e) {
                    throw new ProjectException("Cannot read " + damaged.resolve(BackupArchive.DATABASE) + ": " + e.getMessage(), e);
                }
            });
            OwnerOnly.folder(out.resolve("originals"));
            if (key != null) {
                Files.copy(damaged.resolve(KeyHeader.FILE_NAME), out.resolve(KeyHeader.FILE_NAME));
            }
            Map<String, TableSalvage> tables = StoreSalvage.salvage(copy, out, key);
            RecoveryReport report = finish(damaged, out, password, tables);
            done = true;
            return report;
        } catch (IOException | StoreException e) {
            throw new ProjectException("Cannot recover " + damaged + " into " + out + ": " + e.getMessage(), e);
        } finally {
            if (scratch != null) {
                BackupRestore.deleteQuietly(scratch);
            }
            if (!done) {
                BackupRestore.deleteQuietly(out);
            }
        }
    }

    private static RecoveryReport finish(Path damaged, Path out, String password, Map<String, TableSalvage> tables)
            throws IOException {
        Map<Long, String> originals = originals(damaged.resolve("originals"));
        Set<Long> kept = new HashSet<>();
        try (Project recovered = Project.open(out, password)) {
            recovered.documents().forEach(d -> kept.add(d.id()));
            copyOriginals(originals, damaged.resolve("originals"), out, kept);
            recovered.reindex(Progress.NONE);
            List<String> lostDocuments = new ArrayList<>();
            TableSalvage documentRows = tables.get("document");
            Set<Long> lostIds = new HashSet<>(documentRows.lostIds());
            originals.keySet().stream().filter(id -> !kept.contains(id)).forEach(lostIds::add);
            lostIds.stream().sorted().forEach(id -> lostDocuments.add(originals.getOrDefault(id, "document " + id)));
            Map<String, TableLoss> losses = new java.util.LinkedHashMap<>();
            tables.forEach((name, t) -> losses.put(name, new TableLoss(name, t.copied(), t.lost(), t.problems())));
            return new RecoveryReport(out, losses, lostDocuments, kept.size(), (int) tables.get("segment").copied(),
                    (int) tables.get("memo").copied(), recovered.check(), KeyHeader.isEncrypted(out));
        }
    }

    /** The originals by the id of their document, with the document's name. */
    private static Map<Long, String> originals(Path folder) throws IOException {
        Map<Long, String> byId = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return byId;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                Matcher m = ORIGINAL.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    byId.put(Long.parseLong(m.group(1)), m.group(2));
                }
            }
        }
        return byId;
    }

    /**
     * Each original goes with its document; those of lost documents go to
     * {@code recovered-originals/}, kept for importing again (in {@code originals/} they would
     * be taken for leftovers of an unfinished import and removed). The new project has the
     * damaged one's key, so an encrypted project's originals are copied as they are, still
     * encrypted; {@code verbatim decrypt} of the new project opens those set aside too.
     */
    private static void copyOriginals(Map<Long, String> originals, Path from, Path out, Set<Long> kept) throws IOException {
        for (Map.Entry<Long, String> o : originals.entrySet()) {
            String name = o.getKey() + "-" + o.getValue();
            Path folder = kept.contains(o.getKey()) ? out.resolve("originals") : OwnerOnly.folder(out.resolve(UNCLAIMED));
            Files.copy(from.resolve(name), folder.resolve(kept.contains(o.getKey()) ? name : o.getValue()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void refuseExisting(Path out) {
        try {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                boolean empty = Files.isDirectory(out);
                if (empty) {
                    try (var entries = Files.list(out)) {
                        empty = entries.findAny().isEmpty();
                    }
                }
                if (!empty) {
                    throw new ProjectException("Cannot recover into " + out + ": it already exists and is not empty; give a new folder");
                }
            }
        } catch (IOException e) {
            throw new ProjectException("Cannot recover into " + out + ": " + e.getMessage(), e);
        }
    }
}

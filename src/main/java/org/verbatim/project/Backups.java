package org.verbatim.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.Tx;

/**
 * A project's backups in {@code NAME.verbatim/backups/}: one {@link BackupArchive} zip per saved
 * state, the newest {@link #kept} of them kept. On opening a project file its database is copied
 * before H2 opens it (the file is closed and the project locked, so the copy is consistent);
 * once open, the copy becomes a backup only if the project changed since the newest backup and
 * reads through undamaged — opening the same project again and again keeps older states, and
 * damage never pushes a sound backup out.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    public static final String FOLDER = "backups";
    public static final int DEFAULT_KEPT = 5;
    static final String SETTINGS = "settings.properties";
    private static final Pattern NAME = Pattern.compile("backup-[0-9TZ.-]+-g(\\d+)\\.zip");
    private static final Pattern MADE = Pattern.compile("backup-(.+)-g\\d+\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path project;

    public Backups(Path project) {
        this.project = project;
    }

    /** The folder of a project's backups. */
    public static Path folderOf(Path project) {
        return project.resolve(FOLDER);
    }

    /** The backups, oldest first. */
    public List<Path> list() {
        List<Path> found = new ArrayList<>();
        Path folder = folderOf(project);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "backup-*.zip")) {
            for (Path p : entries) {
                if (NAME.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the backups of {}", project, e);
        }
        found.sort(null);
        return found;
    }

    /** The newest backup, if there is one. */
    public Optional<Path> latest() {
        List<Path> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** When a backup of {@code PROJECT/backups/} was made, as its name says; empty for a file named otherwise. */
    public static Optional<java.time.Instant> madeAt(Path backup) {
        Matcher m = MADE.matcher(backup.getFileName().toString());
        try {
            return m.matches() ? Optional.of(STAMP.parse(m.group(1), java.time.Instant::from)) : Optional.empty();
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** How many backups are kept: {@code keep=N} in {@code backups/settings.properties}, else {@value #DEFAULT_KEPT}. */
    public int kept() {
        Path settings = folderOf(project).resolve(SETTINGS);
        if (!Files.isRegularFile(settings)) {
            return DEFAULT_KEPT;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(settings)) {
            p.load(in);
            return Math.max(0, Integer.parseInt(p.getProperty("keep", String.valueOf(DEFAULT_KEPT)).trim()));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Cannot read {}; keeping {} backups", settings, DEFAULT_KEPT, e);
            return DEFAULT_KEPT;
        }
    }

    /** Sets how many backups are kept (0: none are made) and removes those past the number. */
    public void keep(int count) {
        if (count < 0 || count > 1000) {
            throw new ProjectException("The number of backups to keep must be between 0 and 1000, not " + count);
        }
        Properties p = new Properties();
        p.setProperty("keep", String.valueOf(count));
        try {
            OwnerOnly.folder(folderOf(project));
        } catch (IOException e) {
            throw new ProjectException("Cannot create " + folderOf(project) + ": " + e.getMessage(), e);
        }
        AtomicFile.write(folderOf(project).resolve(SETTINGS), out -> {
            p.store(out, "Backups of this project kept on opening it");
            return null;
        });
        prune(count);
    }

    /**
     * Writes a backup of {@code project} as it is now into the one file {@code out}. The project
     * is locked meanwhile (waiting up to {@code patience} for another process to let go), so
     * the database file copied is closed and consistent.
     */
    public static BackupManifest writeFile(Path project, Path out, Duration patience, Consumer<String> waiting) {
        if (TeamProjects.isTeamProject(project)) {
            throw new ProjectException("Project " + project.getFileName() + " is a team project: its data is on the"
                    + " server; back up the server's database there (e.g. with pg_dump)");
        }
        Path database = project.resolve(BackupArchive.DATABASE);
        if (!Files.isRegularFile(database)) {
            throw new ProjectException("No Verbatim project at " + project + " (expected a folder NAME.verbatim with project.mv.db)");
        }
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(project.toAbsolutePath().normalize())) {
            throw new ProjectException("Cannot write the backup " + out + " inside the project it backs up; write it elsewhere");
        }
        return BusyWait.until(project, patience, waiting, () -> {
            try (ProjectLock lock = ProjectLock.acquire(project)) {
                return AtomicFile.write(out, stream -> BackupArchive.write(project, database, -1, stream));
            }
        });
    }

    /** Restores the backup {@code file} into {@code destination}, a new project folder (absent or empty). */
    public static BackupRestore.Restored restore(Path file, Path destination) {
        return BackupRestore.restore(file, destination);
    }

    /**
     * Copies the database file aside before it is opened; {@link Pending#finish} decides whether
     * the copy is kept. Never fails the opening: a project on read-only media just gets no backup.
     */
    Pending beforeOpening() {
        Path database = project.resolve(BackupArchive.DATABASE);
        if (!Files.isRegularFile(database) || kept() == 0) {
            return Pending.NONE;
        }
        Path folder = folderOf(project);
        try {
            boolean created = !Files.isDirectory(folder);
            OwnerOnly.folder(folder);
            removeLeftovers(folder);
            Path copy = folder.resolve(".opening-" + System.nanoTime() + ".mv.db");
            Files.copy(database, copy, StandardCopyOption.COPY_ATTRIBUTES);
            return new Pending(this, copy, created);
        } catch (IOException | RuntimeException e) {
            LOG.warn("No backup of {} this time: cannot copy its database", project, e);
            return Pending.NONE;
        }
    }

    /** Copies of an opening that never finished (a crash); the project is locked, so none is in use. */
    private static void removeLeftovers(Path folder) throws IOException {
        try (DirectoryStream<Path> left = Files.newDirectoryStream(folder, ".opening-*")) {
            for (Path p : left) {
                Files.deleteIfExists(p);
            }
        }
    }

    private long newestGeneration() {
        Optional<Path> latest = latest();
        if (latest.isEmpty()) {
            return -1;
        }
        Matcher m = NAME.matcher(latest.get().getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    private void prune(int count) {
        List<Path> all = list();
        for (int i = 0; i < all.size() - count; i++) {
            try {
                Files.deleteIfExists(all.get(i));
            } catch (IOException e) {
                LOG.warn("Cannot remove the old backup {}", all.get(i), e);
            }
        }
    }

    /** A database copy made before opening, waiting to become a backup or to be thrown away. */
    static final class Pending {
        static final Pending NONE = new Pending(null, null, false);
        private final Backups backups;
        private final Path copy;
        private final boolean createdFolder;
        private volatile Thread worker;

        private Pending(Backups backups, Path copy, boolean createdFolder) {
            this.backups = backups;
            this.copy = copy;
            this.createdFolder = createdFolder;
        }

        /**
         * Keeps the copy as a backup if the open {@code store} changed since the newest backup and
         * reads through undamaged. The generation is read now, before anything can change it; the
         * reading through and the zip are made on a thread of their own, so the project is ready
         * at once, and {@link #await} (called on closing) waits for them.
         */
        void finish(ProjectStore store) {
            if (copy == null) {
                return;
            }
            long generation;
            try {
                generation = store.read(Tx::generation);
            } catch (RuntimeException e) {
                LOG.warn("No backup of {} this time", backups.project, e);
                discard();
                return;
            }
            if (generation == backups.newestGeneration()) {
                discard();
                return;
            }
            worker = new Thread(() -> keep(store, generation), "verbatim-backup");
            worker.setDaemon(true);
            worker.start();
        }

        private void keep(ProjectStore store, long generation) {
            try {
                List<String> damage = store.damage();
                if (damage.isEmpty()) {
                    Path target = folderOf(backups.project).resolve("backup-" + STAMP.format(java.time.Instant.now())
                            + "-g" + generation + ".zip");
                    AtomicFile.write(target, out -> BackupArchive.write(backups.project, copy, generation, out));
                    backups.prune(backups.kept());
                } else {
                    LOG.warn("No backup of {}: its database is damaged ({})", backups.project, damage.get(0));
                }
            } catch (RuntimeException e) {
                LOG.warn("No backup of {} this time", backups.project, e);
            } finally {
                discard();
            }
        }

        /** Waits until the backup being made (if any) is written or given up. */
        void await() {
            Thread running = worker;
            if (running != null) {
                try {
                    running.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** Removes the copy, and the backups folder if this opening made it and left it empty. */
        void discard() {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                    if (createdFolder && backups.list().isEmpty()) {
                        try (DirectoryStream<Path> left = Files.newDirectoryStream(copy.getParent())) {
                            if (!left.iterator().hasNext()) {
                                Files.delete(copy.getParent());
                            }
                        }
                    }
                } catch (IOException e) {
                    LOG.warn("Cannot remove {}", copy, e);
                }
            }
        }
    }
}

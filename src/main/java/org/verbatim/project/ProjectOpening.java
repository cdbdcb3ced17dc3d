package org.verbatim.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.verbatim.store.ProjectStore;

/**
 * Creating and opening a project folder: the lock first, then the key of an encrypted project,
 * the store (a local file, read-only when it cannot be written, or a team project's server), the
 * rolling backup, and on any failure everything let go again with the reason the user should hear.
 */
final class ProjectOpening {
    private ProjectOpening() {
    }

    static Project create(Path folder, String password) {
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || hasEntries(folder))) {
                throw new ProjectException("Cannot create project " + folder + ": it already exists and is not empty");
            }
            OwnerOnly.folder(folder);
            Files.createDirectories(folder.resolve("originals"));
            if (password != null) {
                ProjectEncryption.startEncrypted(folder, password);
            }
        } catch (IOException e) {
            throw new ProjectException("Cannot create project " + folder + ": " + e.getMessage(), e);
        }
        Project created = openFile(folder, password);
        try {
            created.startIndex();
        } catch (RuntimeException e) {
            created.close();
            throw e;
        }
        return created;
    }

    static Project open(Path folder, String password) {
        if (TeamProjects.isTeamProject(folder)) {
            return openFolder(folder, f -> TeamProjects.openStore(f, password));
        }
        if (!Files.isRegularFile(folder.resolve("project.mv.db"))) {
            throw new ProjectException("No Verbatim project at " + folder
                    + " (expected a folder NAME.verbatim with project.mv.db; create one with: verbatim new " + folder + ")");
        }
        return openFile(folder, password);
    }

    private static Project openFile(Path folder, String password) {
        return openLocked(folder, f -> ProjectEncryption.unlock(f, password),
                (f, files, lock) -> files.openStore(f, lock.readOnly()));
    }

    /** Opens with {@code store} (a team project's connection to its server). */
    static Project openFolder(Path folder, Function<Path, ProjectStore> store) {
        return openLocked(folder, f -> FolderKey.NONE, (f, files, lock) -> store.apply(f));
    }

    /** How a project's store is opened once the folder is locked and its key (if any) known. */
    private interface StoreOpening {
        ProjectStore open(Path folder, FolderKey files, ProjectLock lock);
    }

    private static Project openLocked(Path folder, Function<Path, FolderKey> unlock, StoreOpening store) {
        ProjectLock lock = ProjectLock.acquire(folder);
        Backups.Pending backup = new Backups(folder).beforeOpening();
        ProjectStore opened = null;
        try {
            FolderKey files = unlock.apply(folder);
            opened = store.open(folder, files, lock);
            Project project = new Project(folder, lock, opened, files);
            project.opened(backup);
            backup.finish(opened);
            return project;
        } catch (RuntimeException e) {
            backup.discard();
            if (opened != null) {
                opened.close();
            }
            lock.close();
            throw OpeningFailures.asUserSees(folder, e);
        }
    }

    private static boolean hasEntries(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }
}

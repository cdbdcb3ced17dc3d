package org.verbatim.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.verbatim.store.ProjectKey;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.SealedFiles;
import org.verbatim.store.StorageFault;

/**
 * How an open project keeps its files: in clear, or (an encrypted project) with its key — the
 * database through H2's own encryption, copies of originals sealed with AES-GCM, the search index
 * in memory and sealed on close. The use cases that write files ask it, and never know which.
 */
final class FolderKey {
    static final FolderKey NONE = new FolderKey(null);

    private final ProjectKey key;

    FolderKey(ProjectKey key) {
        this.key = key;
    }

    boolean encrypted() {
        return key != null;
    }

    /** Opens the project's database; with a {@code readOnly} reason, for reading only. */
    ProjectStore openStore(Path folder, StorageFault readOnly) {
        return ProjectStore.open(folder, key, readOnly);
    }

    /** The project's search index; for a store that refuses writes, one that writes nothing into the folder. */
    IndexStorage indexStorage(Path folder, ProjectStore store) {
        return IndexStorage.of(folder, key, store.readOnlyReason().isPresent());
    }

    /** Copies {@code source} to {@code target} (replacing it), encrypting the copy in an encrypted project. */
    Path copy(Path source, Path target) throws IOException {
        if (key == null) {
            return Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            Files.createFile(temp, OwnerOnly.newFile());
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = SealedFiles.sealing(key, Files.newOutputStream(temp))) {
                in.transferTo(out);
            }
            return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Reads a file this key wrote (a copy of an original), decrypting it in an encrypted project. */
    InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        return key == null ? raw : SealedFiles.opening(key, raw);
    }
}

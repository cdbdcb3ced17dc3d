package org.verbatim.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.verbatim.search.SearchIndex;
import org.verbatim.search.SearchIndexException;
import org.verbatim.store.ProjectKey;
import org.verbatim.store.SealedFiles;

/**
 * Where a project's search index lives: a plain project's in the folder {@code index/}, an
 * encrypted project's in memory while the project is open, saved on close as one encrypted file
 * {@code index.sealed}. Either way it is derived data: lost or damaged, it is rebuilt from the store.
 */
abstract class IndexStorage {
    /** Opens the index as it was last kept, or an empty one when there is none. */
    abstract SearchIndex open();

    /** Starts an empty index, replacing whatever was kept. */
    abstract SearchIndex create() throws IOException;

    /** Keeps what {@code index} has committed beyond the project's closing (a plain index already is). */
    abstract void keep(SearchIndex index);

    /** Where the index is kept, for messages. */
    abstract String where();

    /** Lets go of what only the open project needed. */
    void close() {
    }

    static IndexStorage of(Path projectFolder, ProjectKey key) {
        return of(projectFolder, key, false);
    }

    /**
     * The index of a project; for a project that can only be read ({@code readOnly}), a plain
     * index is a copy in a temporary folder of the user's (Lucene writes even to search), deleted
     * on close, and an encrypted one is held in memory and never written back.
     */
    static IndexStorage of(Path projectFolder, ProjectKey key, boolean readOnly) {
        if (key != null) {
            return new Sealed(projectFolder.resolve(SEALED), key, readOnly);
        }
        Path index = projectFolder.resolve("index");
        return readOnly ? new Scratch(ScratchIndexFolder.copyOf(index)) : inFolder(index);
    }

    static IndexStorage inFolder(Path indexFolder) {
        return new InFolder(indexFolder);
    }

    /** The file of an encrypted project's index. */
    static final String SEALED = "index.sealed";

    private static class InFolder extends IndexStorage {
        final Path folder;

        InFolder(Path folder) {
            this.folder = folder;
        }

        @Override
        SearchIndex open() {
            return SearchIndex.open(folder);
        }

        @Override
        SearchIndex create() throws IOException {
            deleteTree(folder);
            return SearchIndex.create(folder);
        }

        @Override
        void keep(SearchIndex index) {
            // Every commit is already on disk.
        }

        @Override
        String where() {
            return folder.toString();
        }
    }

    /** A read-only project's plain index, copied to a temporary folder that goes on close. */
    private static final class Scratch extends InFolder {
        Scratch(Path folder) {
            super(folder);
        }

        @Override
        void close() {
            try {
                deleteTree(folder);
            } catch (IOException | java.io.UncheckedIOException e) {
                org.slf4j.LoggerFactory.getLogger(IndexStorage.class)
                        .warn("Cannot delete the temporary copy of the search index in {}", folder, e);
            }
        }
    }

    private static final class Sealed extends IndexStorage {
        private final Path file;
        private final ProjectKey key;
        private final boolean readOnly;
        /** The generation of what is in the file, so an unchanged index is not written again. */
        private OptionalLong kept = OptionalLong.empty();

        Sealed(Path file, ProjectKey key, boolean readOnly) {
            this.file = file;
            this.key = key;
            this.readOnly = readOnly;
        }

        @Override
        SearchIndex open() {
            if (!Files.isRegularFile(file)) {
                return SearchIndex.inMemory(null);
            }
            try (InputStream in = SealedFiles.opening(key, Files.newInputStream(file))) {
                SearchIndex index = SearchIndex.inMemory(new java.io.BufferedInputStream(in, 1 << 16));
                kept = index.generation();
                return index;
            } catch (IOException e) {
                throw new SearchIndexException("The search index " + file + " cannot be read: " + e.getMessage(), e);
            }
        }

        @Override
        SearchIndex create() {
            kept = OptionalLong.empty();
            return SearchIndex.inMemory(null);
        }

        @Override
        void keep(SearchIndex index) {
            OptionalLong generation = index.generation();
            if (readOnly || generation.isEmpty() || generation.equals(kept)) {
                return;
            }
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try {
                Files.deleteIfExists(temp);
                Files.createFile(temp, OwnerOnly.newFile());
                try (OutputStream out = SealedFiles.sealing(key, new java.io.BufferedOutputStream(
                        Files.newOutputStream(temp), 1 << 16))) {
                    index.writeSnapshot(out);
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                kept = generation;
            } catch (IOException e) {
                throw new SearchIndexException("The search index cannot be saved to " + file + ": " + e.getMessage(), e);
            } finally {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // Only an encrypted leftover; the next save replaces it.
                }
            }
        }

        @Override
        String where() {
            return file.toString();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

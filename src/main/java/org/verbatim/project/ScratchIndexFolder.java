package org.verbatim.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A temporary, owner-only folder holding a copy of a read-only project's search index: Lucene
 * needs to write (its lock, a rebuild when the index is stale), and the project folder cannot
 * be written. An index that cannot be copied is rebuilt there from the database instead.
 */
final class ScratchIndexFolder {
    private static final Logger LOG = LoggerFactory.getLogger(ScratchIndexFolder.class);

    private ScratchIndexFolder() {
    }

    static Path copyOf(Path index) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("verbatim-index-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            scratch = createPlain();
        } catch (IOException e) {
            throw new ProjectException("Cannot make a temporary folder for the search index of a read-only project: "
                    + e.getMessage(), e);
        }
        if (Files.isDirectory(index)) {
            try (Stream<Path> files = Files.list(index)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (!file.getFileName().toString().equals("write.lock")) {
                        Files.copy(file, scratch.resolve(file.getFileName()));
                    }
                }
            } catch (IOException e) {
                // Rebuilt from the database when a search needs it.
                LOG.warn("Cannot copy the search index of a read-only project; it is rebuilt when needed", e);
            }
        }
        return scratch;
    }

    private static Path createPlain() {
        try {
            return Files.createTempDirectory("verbatim-index-");
        } catch (IOException e) {
            throw new ProjectException("Cannot make a temporary folder for the search index of a read-only project: "
                    + e.getMessage(), e);
        }
    }
}

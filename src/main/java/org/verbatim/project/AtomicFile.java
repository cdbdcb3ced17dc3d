package org.verbatim.project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved into place,
 * so a failed export never leaves half a file behind.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Writes the file's bytes onto a stream it is given. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code file} with {@code content} and returns what the content returned; failures name the file. */
    public static <T> T write(Path file, Content<T> content) {
        Path target = file.toAbsolutePath().normalize();
        if (target.getFileName() == null || target.getParent() == null) {
            throw new ProjectException("Cannot write " + file + ": give a file name, e.g. " + target.resolve("table.csv"));
        }
        if (Files.isDirectory(target)) {
            throw new ProjectException("Cannot write " + file + ": it is a folder; give a file name inside it, e.g. "
                    + target.resolve("table.csv"));
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new ProjectException("Cannot write " + file + ": the folder " + target.getParent() + " does not exist");
        }
        Path temp = null;
        try {
            // Exports hold interview text: the file is created readable by its owner only, and keeps that when moved.
            temp = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".tmp");
            Files.createFile(temp, OwnerOnly.newFile());
            T result;
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                result = content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new ProjectException("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // Only a leftover temporary file; the write itself has succeeded or failed already.
                }
            }
        }
    }
}

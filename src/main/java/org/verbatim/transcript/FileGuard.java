package org.verbatim.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file's bytes only if it is an ordinary, readable file within the size limit. The
 * read itself is bounded too, because a file can grow between the size check and the read,
 * and special files such as {@code /dev/zero} report no useful size. The limits are
 * {@link ReadLimits#DEFAULT}: 64 MB a file here, and 1,000,000 turns once it is parsed, which
 * keep import, indexing and search of the largest accepted file within the default 1 GB heap.
 */
final class FileGuard {
    private final ReadLimits limits;

    FileGuard(ReadLimits limits) {
        this.limits = limits;
    }

    byte[] readBytes(Path file) throws ContentRefusedException, IOException {
        if (Files.isDirectory(file)) {
            throw new ContentRefusedException("this is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new ContentRefusedException("the file does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new ContentRefusedException("not an ordinary file");
        }
        if (!Files.isReadable(file)) {
            throw new ContentRefusedException("the file cannot be read (permission denied)");
        }
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw tooLarge(size);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
        } catch (NoSuchFileException e) {
            throw new ContentRefusedException("the file does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ContentRefusedException("the file cannot be read (permission denied)", e);
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(Math.max(size, bytes.length));
        }
        if (bytes.length == 0) {
            throw new ContentRefusedException("the file is empty");
        }
        return bytes;
    }

    private ContentRefusedException tooLarge(long size) {
        return new ContentRefusedException("file is " + Sizes.describe(size)
                + "; the limit for a transcript is " + Sizes.describe(limits.maxFileBytes()));
    }
}

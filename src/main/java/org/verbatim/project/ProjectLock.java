package org.verbatim.project;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.verbatim.store.StorageFault;

/**
 * An exclusive OS lock on {@code NAME.verbatim/.lock}, held while the project is open. It
 * catches a second window of the same JVM (which H2 alone would silently share) as well as a
 * second process, and the OS releases it if the process dies.
 */
final class ProjectLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;
    private final StorageFault readOnly;

    private ProjectLock(FileChannel channel, FileLock lock, StorageFault readOnly) {
        this.channel = channel;
        this.lock = lock;
        this.readOnly = readOnly;
    }

    /** Why the project can only be read (its folder cannot be written), or null when it can be changed. */
    StorageFault readOnly() {
        return readOnly;
    }

    static ProjectLock acquire(Path folder) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new ProjectInUseException(folder);
            }
            return new ProjectLock(channel, lock, null);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new ProjectInUseException(folder);
        } catch (IOException e) {
            closeQuietly(channel);
            StorageFault fault = StorageFault.of(e).orElse(null);
            if (fault == null || fault == StorageFault.DISK_FULL) {
                throw new ProjectException("Cannot lock project " + folder.getFileName() + ": " + e.getMessage(), e);
            }
            return forReading(folder, fault);
        }
    }

    /**
     * The lock of a project whose folder cannot be written: a shared lock on an existing lock
     * file, so a writer elsewhere still keeps it out; on a read-only medium without a lock file
     * nobody can write, and there is nothing to lock.
     */
    private static ProjectLock forReading(Path folder, StorageFault fault) {
        Path file = folder.resolve(".lock");
        if (!Files.isReadable(file)) {
            return new ProjectLock(null, null, fault);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
            if (lock == null) {
                channel.close();
                throw new ProjectInUseException(folder);
            }
            return new ProjectLock(channel, lock, fault);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new ProjectInUseException(folder);
        } catch (IOException e) {
            closeQuietly(channel);
            return new ProjectLock(null, null, fault);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // The lock attempt already failed; the original error is the one to report.
            }
        }
    }

    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new ProjectException("Cannot release the project lock: " + e.getMessage(), e);
        }
    }
}

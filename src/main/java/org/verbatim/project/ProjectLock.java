package org.verbatim.project;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on {@code NAME.verbatim/.lock}, held while the project is open. It
 * catches a second window of the same JVM (which H2 alone would silently share) as well as a
 * second process, and the OS releases it if the process dies.
 */
final class ProjectLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
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
            return new ProjectLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new ProjectInUseException(folder);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProjectException("Cannot lock project " + folder.getFileName() + ": " + e.getMessage(), e);
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
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new ProjectException("Cannot release the project lock: " + e.getMessage(), e);
        }
    }
}

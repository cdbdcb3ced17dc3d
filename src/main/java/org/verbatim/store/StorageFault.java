package org.verbatim.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Why the disk refused a write, as far as the error tells: full, read-only, or not the user's
 * to write. These are the user's to fix, unlike damage, and must not be reported as damage.
 */
public enum StorageFault {
    /** No space left on the device (or the user's quota is used up). */
    DISK_FULL,
    /** The file system is mounted read-only. */
    READ_ONLY_MEDIUM,
    /** The user may not write there (file or folder permissions, an immutable folder). */
    NO_PERMISSION,
    /** The database file itself cannot be written though its folder can. */
    READ_ONLY_DATABASE;

    /** H2's "The database is read only" error code. */
    private static final int DATABASE_IS_READ_ONLY = 90097;

    /** The fault anywhere in {@code failure}'s causes, if it is one of these. */
    public static Optional<StorageFault> of(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof StorageFaultException known) {
                return Optional.of(known.fault());
            }
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
                return Optional.of(DISK_FULL);
            }
            if (message.contains("Read-only file system")) {
                return Optional.of(READ_ONLY_MEDIUM);
            }
            if (t instanceof AccessDeniedException || message.contains("Permission denied")
                    || message.contains("Operation not permitted")) {
                return Optional.of(NO_PERMISSION);
            }
            if (t instanceof SQLException s && s.getErrorCode() == DATABASE_IS_READ_ONLY) {
                return Optional.of(READ_ONLY_DATABASE);
            }
        }
        return Optional.empty();
    }

    /**
     * Every error behind {@code failure}: its causes, and for a batch of statements the errors
     * of the statements (JDBC chains those as "next" exceptions, not as causes).
     */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        Deque<Throwable> waiting = new ArrayDeque<>();
        waiting.add(failure);
        while (!waiting.isEmpty() && all.size() < 50) {
            Throwable t = waiting.poll();
            if (all.stream().anyMatch(seen -> seen == t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                waiting.add(t.getCause());
            }
            if (t instanceof SQLException s && s.getNextException() != null) {
                waiting.add(s.getNextException());
            }
        }
        return all;
    }

    /** What the user is told when a change cannot be written to the project in {@code folder}, and what to do. */
    public String explain(Path folder) {
        return switch (this) {
            case DISK_FULL -> "the disk is full (" + folder + "); free space and run the command again";
            case READ_ONLY_MEDIUM -> "the project folder " + folder + " is read-only (a read-only disk or mount):"
                    + " it can be read but not changed; copy it to a writable folder to work on it";
            case NO_PERMISSION -> "you do not have permission to write to " + folder
                    + ": it can be read but not changed; ask its owner, or copy it to a folder of your own";
            case READ_ONLY_DATABASE -> "the project's database " + folder.resolve("project.mv.db")
                    + " is read-only: it can be read but not changed; make it writable (chmod u+w) to work on it";
        };
    }
}

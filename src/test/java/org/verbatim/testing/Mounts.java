package org.verbatim.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Small file systems for fault tests: a tmpfs of a few megabytes (a disk that fills), a
 * read-only bind mount, an immutable file. Each needs root where the machine allows it; a test
 * asks {@link #why} first and skips with that reason when it cannot have one.
 */
public final class Mounts {
    private Mounts() {
    }

    /** Mounts a tmpfs of {@code megabytes} on {@code dir}; returns null, or why it cannot. */
    public static String tmpfs(Path dir, int megabytes) {
        return run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0700", "tmpfs", dir.toString());
    }

    /** Grows (or shrinks) a mounted tmpfs; returns null, or why it cannot. */
    public static String resize(Path dir, int megabytes) {
        return run("mount", "-o", "remount,size=" + megabytes + "m", dir.toString());
    }

    /** Shows {@code source} read-only at {@code target}; returns null, or why it cannot. */
    public static String readOnlyView(Path source, Path target) {
        return run("mount", "-o", "bind,ro", source.toString(), target.toString());
    }

    /** Makes a file immutable (even root cannot write it) or writable again; returns null, or why it cannot. */
    public static String immutable(Path file, boolean on) {
        return run("chattr", on ? "+i" : "-i", file.toString());
    }

    public static void unmount(Path dir) {
        run("umount", dir.toString());
    }

    /** Whether this process is root, for whom file permissions stop nothing. */
    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs a command; null when it succeeded, else what it said. */
    static String run(String... command) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return String.join(" ", command) + " did not finish";
            }
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 ? null : String.join(" ", command) + ": " + said;
        } catch (IOException e) {
            return String.join(" ", command) + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}

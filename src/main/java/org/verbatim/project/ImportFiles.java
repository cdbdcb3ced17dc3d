package org.verbatim.project;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files an import takes: each file named, and every regular, non-hidden file below each
 * folder named. Inside a folder, links are not followed — a folder holding
 * {@code passwd.txt -> /etc/passwd} must not bring a system file into a study — and links,
 * devices, pipes and sockets are listed as skipped with the reason, never passed over silently.
 */
record ImportFiles(List<Path> files, List<ImportReport.Refused> skipped) {
    static final String LINK = "a symbolic link inside a folder: not followed (import the file it points to by"
            + " naming it, if that is meant)";
    static final String NOT_A_FILE = "not a regular file (a device, pipe or socket): skipped";

    ImportFiles {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    static ImportFiles of(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<ImportReport.Refused> skipped = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                walk(p, found, skipped);
                found.sort(Comparator.naturalOrder());
                files.addAll(found);
            } else {
                files.add(p);
            }
        }
        skipped.sort(Comparator.comparing(ImportReport.Refused::file));
        return new ImportFiles(files, skipped);
    }

    private static void walk(Path folder, List<Path> found, List<ImportReport.Refused> skipped) {
        try {
            // walkFileTree does not follow links unless asked to: a linked folder arrives as a link.
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && hidden(folder, dir) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (hidden(folder, file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    BasicFileAttributes own = Files.readAttributes(file, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (own.isSymbolicLink()) {
                        skipped.add(new ImportReport.Refused(file, LINK));
                    } else if (own.isRegularFile()) {
                        found.add(file);
                    } else {
                        skipped.add(new ImportReport.Refused(file, NOT_A_FILE));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ProjectException("Cannot list the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean hidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

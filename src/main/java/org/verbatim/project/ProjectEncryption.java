package org.verbatim.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.search.SearchIndex;
import org.verbatim.store.KeyHeader;
import org.verbatim.store.ProjectKey;
import org.verbatim.store.SealedFiles;
import org.verbatim.store.StoreEncryption;
import org.verbatim.store.StoreException;

/**
 * Encrypting a project file, decrypting it, and changing its password; and unlocking an
 * encrypted project when it is opened.
 *
 * <p>A change of encryption is built beside the project, in {@code .rekeying/}: a copy of the
 * database re-keyed by H2, the originals (and the search index) re-sealed, the new header. Only
 * when all of it is complete is the folder renamed {@code .swap/}, and the new files are moved
 * into place from there. A kill while building leaves the project as it was (the next open
 * removes {@code .rekeying/}); a kill while moving leaves {@code .swap/}, and the next open
 * finishes the move. The old files are deleted at the end, so no clear-text copy is left in the
 * folder of an encrypted project.
 */
public final class ProjectEncryption {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectEncryption.class);
    private static final String BUILDING = ".rekeying";
    private static final String SWAP = ".swap";
    /** In {@code .swap/}: the project becomes plain (its header is deleted). */
    private static final String BECOMES_PLAIN = "becomes-plain";
    private static final String DATABASE = "project.mv.db";
    private static final String ORIGINALS = "originals";
    /**
     * The folders of files kept as the project keeps its originals: the copies of the originals,
     * and those {@code verbatim recover} set aside for documents it could not bring back.
     */
    private static final List<String> SEALED_FOLDERS = List.of(ORIGINALS, Recovery.UNCLAIMED);

    private ProjectEncryption() {
    }

    /** Whether {@code folder} holds an encrypted project (it has the header {@value KeyHeader#FILE_NAME}). */
    public static boolean isEncrypted(Path folder) {
        return KeyHeader.isEncrypted(folder) || Files.isDirectory(folder.resolve(SWAP))
                && Files.isRegularFile(folder.resolve(SWAP).resolve(KeyHeader.FILE_NAME));
    }

    /**
     * Finishes or undoes a change of encryption a crash interrupted, then returns how the project's
     * files are kept: in clear, or with the key of {@code password}. Called with the project locked.
     *
     * @throws PasswordNeededException when the project is encrypted and {@code password} is null
     * @throws WrongPasswordException  when {@code password} is not the project's
     */
    static FolderKey unlock(Path folder, String password) {
        recover(folder);
        if (!KeyHeader.isEncrypted(folder)) {
            return FolderKey.NONE;
        }
        return new FolderKey(key(folder, password));
    }

    /** Writes the header of a new encrypted project in its (empty) folder. */
    static void startEncrypted(Path folder, String password) {
        requireNew(password);
        KeyHeader.Derived derived = KeyHeader.create(password.toCharArray());
        writeHeader(folder, derived.header());
    }

    /** Encrypts a closed project file with {@code password}; every file holding interview text is rewritten encrypted. */
    public static void encrypt(Path folder, String password, Progress progress) {
        requireNew(password);
        change(folder, progress, f -> {
            if (KeyHeader.isEncrypted(f)) {
                throw new ProjectException("Project " + f.getFileName() + " is already encrypted (change its password"
                        + " with: verbatim password " + f + ")");
            }
            return new Rekeying(null, KeyHeader.create(password.toCharArray()));
        });
    }

    /** Decrypts a closed encrypted project: afterwards it opens without a password. */
    public static void decrypt(Path folder, String password, Progress progress) {
        change(folder, progress, f -> new Rekeying(encryptedKey(f, password), null));
    }

    /** Changes an encrypted project's password; the old one no longer opens it. */
    public static void changePassword(Path folder, String oldPassword, String newPassword, Progress progress) {
        requireNew(newPassword);
        change(folder, progress, f -> new Rekeying(encryptedKey(f, oldPassword), KeyHeader.create(newPassword.toCharArray())));
    }

    /** From one key (null: in clear) to another (null: in clear). */
    private record Rekeying(ProjectKey from, KeyHeader.Derived to) {
        ProjectKey toKey() {
            return to == null ? null : to.key();
        }
    }

    /**
     * The key of an encrypted project's files, checked against its header without changing
     * anything in the folder; null for a plain project.
     *
     * @throws PasswordNeededException when the project is encrypted and {@code password} is null
     * @throws WrongPasswordException  when {@code password} is not the project's
     */
    static ProjectKey keyOf(Path folder, String password) {
        return KeyHeader.isEncrypted(folder) ? key(folder, password) : null;
    }

    private static ProjectKey encryptedKey(Path folder, String password) {
        if (!KeyHeader.isEncrypted(folder)) {
            throw new ProjectException("Project " + folder.getFileName() + " is not encrypted");
        }
        return key(folder, password);
    }

    private static ProjectKey key(Path folder, String password) {
        if (password == null) {
            throw new PasswordNeededException(folder);
        }
        KeyHeader header;
        try {
            header = KeyHeader.read(folder);
        } catch (StoreException e) {
            throw new ProjectException(e.getMessage(), e);
        }
        ProjectKey key = header.unlock(password.toCharArray());
        if (key == null) {
            throw new WrongPasswordException(folder);
        }
        return key;
    }

    private static void requireNew(String password) {
        if (password == null || password.isEmpty()) {
            throw new ProjectException("The new password is empty: an encrypted project needs a password");
        }
    }

    private static void change(Path folder, Progress progress, java.util.function.Function<Path, Rekeying> plan) {
        if (TeamProjects.isTeamProject(folder)) {
            throw new ProjectException("Project " + folder.getFileName() + " is a team project: its data is on the"
                    + " server, which keeps it safe; only project files are encrypted");
        }
        if (!Files.isDirectory(folder)) {
            throw new ProjectException("No Verbatim project at " + folder);
        }
        try (ProjectLock lock = ProjectLock.acquire(folder)) {
            recover(folder);
            if (!Files.isRegularFile(folder.resolve(DATABASE))) {
                throw new ProjectException("No Verbatim project at " + folder + " (expected project.mv.db in it)");
            }
            Rekeying rekeying = plan.apply(folder);
            Path building = folder.resolve(BUILDING);
            try {
                build(folder, building, rekeying, progress);
                Files.move(building, folder.resolve(SWAP), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(building);
                if (e instanceof ProjectException p) {
                    throw p;
                }
                throw new ProjectException("Cannot change the encryption of " + folder.getFileName() + ": "
                        + e.getMessage() + "; the project is as it was", e);
            }
            progress.update(1, 1, "Putting the new files in place");
            finishSwap(folder);
            if (rekeying.to() != null) {
                // Rolling backups made in clear, or under the old password, would keep readable what
                // the change is meant to protect; the next opening makes a new one under the new key.
                new Backups(folder).list().forEach(ProjectEncryption::deleteQuietly);
            }
        }
    }

    private static void build(Path folder, Path building, Rekeying rekeying, Progress progress) throws IOException {
        IndexStorage.deleteTree(building);
        OwnerOnly.folder(building);
        List<Path> originals = new java.util.ArrayList<>();
        for (String sealed : SEALED_FOLDERS) {
            originals.addAll(listOriginals(folder.resolve(sealed)));
        }
        int steps = originals.size() + 2;
        progress.update(0, steps, "Copying the database");
        Files.copy(folder.resolve(DATABASE), building.resolve(DATABASE));
        cancelled(progress);
        progress.update(1, steps, rekeying.to() == null ? "Decrypting the database" : "Encrypting the database");
        StoreEncryption.rekey(building, rekeying.from(), rekeying.toKey());
        for (int i = 0; i < originals.size(); i++) {
            cancelled(progress);
            Path original = originals.get(i);
            progress.update(2 + i, steps, "Original " + (i + 1) + " of " + originals.size());
            Path into = OwnerOnly.folder(building.resolve(original.getParent().getFileName().toString()));
            reseal(original, into.resolve(original.getFileName()), rekeying.from(), rekeying.toKey());
        }
        OwnerOnly.folder(building.resolve(ORIGINALS));
        cancelled(progress);
        if (rekeying.to() != null) {
            sealIndex(folder, building, rekeying);
            writeHeader(building, rekeying.to().header());
        } else {
            Files.createFile(building.resolve(BECOMES_PLAIN));
        }
        progress.update(steps, steps, "Built the new files");
    }

    private static void cancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new ProjectException("Cancelled; the project is as it was");
        }
    }

    /** Carries the search index over when that is cheap (re-sealing it, or sealing a plain one); otherwise it is rebuilt later. */
    private static void sealIndex(Path folder, Path building, Rekeying rekeying) {
        Path target = building.resolve(IndexStorage.SEALED);
        try {
            if (rekeying.from() != null && Files.isRegularFile(folder.resolve(IndexStorage.SEALED))) {
                reseal(folder.resolve(IndexStorage.SEALED), target, rekeying.from(), rekeying.toKey());
            } else if (rekeying.from() == null && Files.isDirectory(folder.resolve("index"))) {
                try (SearchIndex plain = SearchIndex.open(folder.resolve("index"));
                     OutputStream out = SealedFiles.sealing(rekeying.toKey(), Files.newOutputStream(target))) {
                    plain.writeSnapshot(out);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("The search index is not carried over; it is rebuilt when next needed ({})", e.getClass().getSimpleName());
            deleteQuietly(target);
        }
    }

    private static void reseal(Path from, Path to, ProjectKey fromKey, ProjectKey toKey) throws IOException {
        Files.createFile(to, OwnerOnly.newFile());
        try (InputStream in = fromKey == null ? Files.newInputStream(from) : SealedFiles.opening(fromKey, Files.newInputStream(from));
             OutputStream out = toKey == null ? Files.newOutputStream(to) : SealedFiles.sealing(toKey, Files.newOutputStream(to))) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new IOException("the copy of an original, " + from.getFileName() + ", cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Path> listOriginals(Path originals) throws IOException {
        if (!Files.isDirectory(originals)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(originals)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }

    private static void writeHeader(Path folder, KeyHeader header) {
        AtomicFile.write(folder.resolve(KeyHeader.FILE_NAME), out -> {
            out.write(header.text().getBytes(StandardCharsets.ISO_8859_1));
            return null;
        });
    }

    /** Under the project's lock: removes a change that was still being built, finishes one that was being moved into place. */
    static void recover(Path folder) {
        if (Files.exists(folder.resolve(BUILDING), LinkOption.NOFOLLOW_LINKS)) {
            LOG.info("Removing a change of encryption that did not finish; the project is as it was");
            deleteQuietly(folder.resolve(BUILDING));
        }
        if (Files.isDirectory(folder.resolve(SWAP), LinkOption.NOFOLLOW_LINKS)) {
            LOG.info("Finishing a change of encryption that was interrupted while its files were moved into place");
            finishSwap(folder);
        }
    }

    /** Moves the new files from {@code .swap/} into place; each step can be run again after a crash. */
    private static void finishSwap(Path folder) {
        Path swap = folder.resolve(SWAP);
        try {
            boolean becomesPlain = Files.exists(swap.resolve(BECOMES_PLAIN));
            for (String sealed : SEALED_FOLDERS) {
                Path renewed = swap.resolve(sealed);
                if (Files.isDirectory(renewed)) {
                    Path current = folder.resolve(sealed);
                    if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                        IndexStorage.deleteTree(swap.resolve(sealed + ".old"));
                        Files.move(current, swap.resolve(sealed + ".old"), StandardCopyOption.ATOMIC_MOVE);
                    }
                    Files.move(renewed, current, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            IndexStorage.deleteTree(folder.resolve("index"));
            if (Files.isRegularFile(swap.resolve(IndexStorage.SEALED))) {
                Files.move(swap.resolve(IndexStorage.SEALED), folder.resolve(IndexStorage.SEALED),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else if (Files.isRegularFile(swap.resolve(DATABASE))) {
                Files.deleteIfExists(folder.resolve(IndexStorage.SEALED));
            }
            if (Files.isRegularFile(swap.resolve(DATABASE))) {
                Files.move(swap.resolve(DATABASE), folder.resolve(DATABASE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                // H2's trace file may quote statements in clear.
                Files.deleteIfExists(folder.resolve("project.trace.db"));
            }
            if (Files.isRegularFile(swap.resolve(KeyHeader.FILE_NAME))) {
                Files.move(swap.resolve(KeyHeader.FILE_NAME), folder.resolve(KeyHeader.FILE_NAME),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else if (becomesPlain) {
                Files.deleteIfExists(folder.resolve(KeyHeader.FILE_NAME));
            }
            IndexStorage.deleteTree(swap);
        } catch (IOException e) {
            throw new ProjectException("Cannot finish changing the encryption of " + folder.getFileName() + ": "
                    + e.getMessage() + "; it is finished the next time the project is opened", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                IndexStorage.deleteTree(path);
            } else {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Cannot remove {}", path.getFileName(), e);
        }
    }
}

package org.verbatim.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.verbatim.store.NewerSchemaException;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.ProjectStore.ServerOpening;
import org.verbatim.store.ServerAddress;
import org.verbatim.store.ServerUnreachableException;
import org.verbatim.store.StoreCopy;
import org.verbatim.store.StoreException;

/**
 * Team projects: a project whose data lives in a PostgreSQL database, and whose folder holds
 * {@code server.json} and the local search index (a cache of the server's data). Creating one,
 * turning a project file into one (share), making the folder for an existing one (join), and
 * connecting when a team folder is opened.
 */
public final class TeamProjects {
    /** What a shared project's file is renamed to: the backup, until the user deletes it. */
    public static final String SHARED_BACKUP = "project-before-sharing.mv.db";

    private TeamProjects() {
    }

    /** Whether {@code folder} is a team project's folder. */
    public static boolean isTeamProject(Path folder) {
        return ServerJson.isIn(folder);
    }

    /** The server a team project's folder connects to, as {@code postgresql://HOST:PORT/DB as USER}. */
    public static String describe(Path folder) {
        return ServerJson.read(folder).address().toString();
    }

    /**
     * Reads {@code postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=MODE]}; {@code user} (may be
     * null) overrides the URL's user, and without either the OS user name is taken, as psql does.
     */
    static ServerAddress address(String url, String user) {
        try {
            return ServerAddress.parse(url, user);
        } catch (IllegalArgumentException e) {
            throw new ProjectException(e.getMessage(), e);
        }
    }

    /**
     * Creates a team project in the empty database at {@code address} and its folder.
     *
     * @param coder    the coder this folder's changes are made as; null: the database user
     * @param password null: from PGPASSWORD or ~/.pgpass
     */
    public static Project create(Path folder, String url, String user, String coder, String password) {
        return makeFolder(folder, address(url, user), coder, password, ServerOpening.CREATE);
    }

    /** Makes a folder for the team project at {@code url}, which must exist, and indexes it. */
    public static Project join(Path folder, String url, String user, String coder, String password) {
        return makeFolder(folder, address(url, user), coder, password, ServerOpening.EXISTING);
    }

    private static Project makeFolder(Path folder, ServerAddress address, String coder, String password,
                                      ServerOpening opening) {
        boolean existed = Files.exists(folder);
        try {
            if (existed && (!Files.isDirectory(folder) || hasEntries(folder))) {
                throw new ProjectException("Cannot make the team project folder " + folder
                        + ": it already exists and is not empty");
            }
            Files.createDirectories(folder.resolve("originals"));
        } catch (IOException e) {
            throw new ProjectException("Cannot make the team project folder " + folder + ": " + e.getMessage(), e);
        }
        ServerJson json = ServerJson.of(address, coder);
        Project project;
        try {
            project = ProjectOpening.openFolder(folder, f -> connect(address, password, json.coder(), opening));
            json.write(folder);
        } catch (RuntimeException e) {
            removeQuietly(folder, existed);
            throw e;
        }
        try {
            project.reindex(Progress.NONE);
        } catch (RuntimeException e) {
            project.close();
            throw e;
        }
        return project;
    }

    /**
     * Copies the project file in {@code folder} into the empty database at {@code address} and
     * turns the folder into that team project's folder. The file is kept, renamed
     * {@value #SHARED_BACKUP}, until the user deletes it; on failure the folder is unchanged.
     */
    public static Project share(Path folder, String url, String user, String password) {
        ServerAddress address = address(url, user);
        if (isTeamProject(folder)) {
            throw new ProjectException(folder.getFileName() + " is already a team project on " + describe(folder));
        }
        Path file = folder.resolve("project.mv.db");
        if (!Files.isRegularFile(file)) {
            throw new ProjectException("No Verbatim project at " + folder + " to share (expected project.mv.db in it)");
        }
        if (ProjectEncryption.isEncrypted(folder)) {
            throw new ProjectException("Cannot share " + folder.getFileName() + ": it is encrypted, and a team project's"
                    + " data lives on the server; decrypt it first (verbatim decrypt " + folder + ")");
        }
        if (Files.exists(folder.resolve(SHARED_BACKUP))) {
            throw new ProjectException("Cannot share " + folder.getFileName() + ": " + SHARED_BACKUP
                    + " from an earlier sharing is still in the folder; move it away first");
        }
        try (ProjectLock lock = ProjectLock.acquire(folder)) {
            try (ProjectStore local = ProjectStore.open(folder);
                 ProjectStore server = connect(address, password, null, ServerOpening.CREATE)) {
                StoreCopy.copy(local, server);
            } catch (StoreException e) {
                throw new ProjectException("Cannot share " + folder.getFileName() + " to " + address.url() + ": "
                        + e.getMessage(), e);
            }
            ServerJson.of(address, null).write(folder);
            Files.move(file, folder.resolve(SHARED_BACKUP), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ProjectException("Cannot set up " + folder.getFileName() + " as a team project: " + e.getMessage(), e);
        }
        return Project.open(folder, password);
    }

    /** Opens the database of the team project whose folder is {@code folder}. */
    static ProjectStore openStore(Path folder, String password) {
        ServerJson json = ServerJson.read(folder);
        return connect(json.address(), password, json.coder(), ServerOpening.EXISTING);
    }

    private static ProjectStore connect(ServerAddress address, String password, String coder, ServerOpening opening) {
        String pw = password != null ? password : PgPass.lookup(address).orElse(null);
        try {
            return ProjectStore.openServer(address, pw, coder, opening);
        } catch (ServerUnreachableException | NewerSchemaException e) {
            throw new ProjectException(e.getMessage(), e);
        } catch (StoreException e) {
            String hint = e.getMessage().contains("password") ? " (the password comes from the window, PGPASSWORD or ~/.pgpass)" : "";
            throw new ProjectException(e.getMessage() + hint, e);
        }
    }

    private static boolean hasEntries(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    private static void removeQuietly(Path folder, boolean keepFolder) {
        try {
            Files.deleteIfExists(folder.resolve(ServerJson.FILE));
            Files.deleteIfExists(folder.resolve(".lock"));
            Files.deleteIfExists(folder.resolve("originals"));
            if (!keepFolder) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            // What is left is an empty folder the user can delete; the error that matters is the first one.
        }
    }
}

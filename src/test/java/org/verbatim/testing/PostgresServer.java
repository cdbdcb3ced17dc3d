package org.verbatim.testing;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for the tests: made with the installed server's own
 * {@code initdb} in a temporary folder, listening on a free loopback port from 55432 up, run as
 * the {@code postgres} OS user when the tests run as root (the server refuses root), and
 * removed when the JVM exits. Without PostgreSQL installed the tests that need it are skipped
 * with a message saying what to install; under CI ({@code CI=true}) they fail instead.
 */
public final class PostgresServer {
    public static final String SUPERUSER = "postgres";
    private static final int FIRST_PORT = 55432;
    private static PostgresServer shared;
    private static String unavailable;

    private final Path bin;
    private final Path home;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path bin, Path home, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.home = home;
        this.data = home.resolve("data");
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /**
     * The running test server, started on first use. Skips the calling test when PostgreSQL is
     * not installed, or fails it under CI, where it must be.
     */
    public static synchronized PostgresServer require() {
        if (shared == null && unavailable == null) {
            try {
                shared = launch();
            } catch (IOException | RuntimeException e) {
                unavailable = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unavailable = "interrupted while starting PostgreSQL";
            }
        }
        if (shared == null) {
            String message = "PostgreSQL is needed for team-project tests and could not be started: " + unavailable
                    + ". Install the server (Debian/Ubuntu: apt-get install postgresql) or set VERBATIM_PG_BIN to its bin folder.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            abort(message);
        }
        return shared;
    }

    private static PostgresServer launch() throws IOException, InterruptedException {
        Path bin = findBin();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path home = Files.createTempDirectory("verbatim-pg-");
        PostgresServer server = new PostgresServer(bin, home, freePort(), root);
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy, "stop test PostgreSQL"));
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", home.toString()), home);
        }
        server.asServerUser(List.of(bin.resolve("initdb").toString(), "-D", server.data.toString(), "-U", SUPERUSER,
                "-E", "UTF8", "--no-locale", "--auth-local=trust", "--auth-host=scram-sha-256"));
        // The superuser is trusted on the loopback address only; every other user gives a password.
        Path hba = server.data.resolve("pg_hba.conf");
        Files.writeString(hba, "local all all trust\nhost all " + SUPERUSER + " 127.0.0.1/32 trust\n"
                + "host all all 127.0.0.1/32 scram-sha-256\n");
        server.start();
        return server;
    }

    private static Path findBin() throws IOException {
        String configured = System.getenv("VERBATIM_PG_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured, "pg_ctl"))) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/pg_ctl")))
                        .max(Comparator.comparingInt(v -> versionOf(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pg_ctl")) && Files.isExecutable(Path.of(dir, "initdb"))) {
                return Path.of(dir);
            }
        }
        throw new IOException("no PostgreSQL server programs (initdb, pg_ctl) found");
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        for (int port = FIRST_PORT + (int) (ProcessHandle.current().pid() % 200); port < 65000; port++) {
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IOException("no free port from " + FIRST_PORT);
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    /** Starts the server (again) and waits until it accepts connections. */
    public synchronized void start() throws IOException, InterruptedException {
        asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                home.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + home
                        + " -c fsync=off -c max_connections=200", "start"));
    }

    /** Stops the server at once, as a crash or a pulled cable would look to its clients. */
    public synchronized void stop() throws IOException, InterruptedException {
        asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
    }

    /** A superuser connection (trusted on the loopback address) to {@code database}. */
    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host() + ":" + port + "/" + database, SUPERUSER, "");
    }

    /** Runs statements as the superuser in database {@code postgres}. */
    public void admin(String... statements) {
        try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Test server setup failed: " + e.getMessage(), e);
        }
    }

    /** Creates a login role with a password, unless it exists. */
    public void user(String name, String password) {
        admin("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + name + "') THEN CREATE ROLE \""
                + name + "\" LOGIN PASSWORD '" + password + "'; END IF; END $$");
    }

    /** A new, empty database owned by {@code owner}, as an administrator makes one with createdb -O. */
    public String database(String owner) {
        String name = "study_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        admin("CREATE DATABASE " + name + " OWNER \"" + owner + "\"");
        return name;
    }

    private void asServerUser(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, home);
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path log = Files.createTempFile("verbatim-pg-command", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 120 s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "): "
                        + Files.readString(log).strip());
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private void destroy() {
        try {
            stop();
        } catch (IOException | InterruptedException e) {
            // Already stopped, or never started: the folder goes either way.
        }
        try (Stream<Path> walk = Files.walk(home)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind is all that is lost.
        }
    }
}

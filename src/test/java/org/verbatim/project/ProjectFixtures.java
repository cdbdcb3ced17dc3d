package org.verbatim.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.verbatim.model.Attribute;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;
import org.verbatim.store.ProjectStore;

/** Files, archives and database probes for the project tests; each test shows the bytes it uses. */
final class ProjectFixtures {
    /** The sample study shipped with the sources; Maven runs tests from the project root. */
    static final Path SAMPLE = Path.of("transcripts-sample");

    private ProjectFixtures() {
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** Something to run on a plain JDBC connection. */
    @FunctionalInterface
    interface JdbcWork {
        void run(Connection c) throws SQLException;
    }

    /** Runs {@code work} on the project's database with plain JDBC; the project must be closed. */
    static void jdbc(Path folder, JdbcWork work) throws SQLException {
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("project");
        try (Connection c = DriverManager.getConnection(url, "verbatim", "")) {
            work.run(c);
        }
    }

    /** The attributes of a (closed) project in one scope, name to type, in creation order. */
    static Map<String, AttributeType> attributeTypes(Path folder, AttributeScope scope) {
        try (ProjectStore store = ProjectStore.open(folder)) {
            Map<String, AttributeType> out = new LinkedHashMap<>();
            for (Attribute a : store.read(tx -> tx.attributes().all(scope))) {
                out.put(a.name(), a.type());
            }
            return out;
        }
    }

    /** Every file below {@code root} (relative path with '/') and the SHA-256 of its bytes. */
    static Map<String, String> fileHashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    /** The names of the files in a folder, sorted; empty when the folder does not exist. */
    static List<String> fileNames(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.verbatim.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a project's schema is already the newest this build knows, answered without
 * starting Flyway (whose set-up was the largest part of opening a project from the command
 * line). Anything unusual, a failed or newer migration or a version that is not a whole
 * number, answers "unknown" and the caller lets Flyway decide, as before.
 */
final class SchemaVersions {
    private static final String FOLDER = "db/migration/";
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__[^/]*\\.sql");
    private static volatile OptionalInt newestKnown;

    private SchemaVersions() {
    }

    /** True when the database's applied migrations end exactly at the newest one on the class path. */
    static boolean upToDate(Connection c) throws SQLException {
        OptionalInt applied = applied(c);
        OptionalInt known = newestKnown();
        return applied.isPresent() && known.isPresent() && applied.getAsInt() == known.getAsInt();
    }

    /** The newest applied version, or empty when there is no history, a failed step, or an unusual version. */
    private static OptionalInt applied(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            int newest = -1;
            while (rs.next()) {
                if (!rs.getBoolean(2) || !rs.getString(1).matches("\\d+")) {
                    return OptionalInt.empty();
                }
                newest = Math.max(newest, Integer.parseInt(rs.getString(1)));
            }
            return newest < 0 ? OptionalInt.empty() : OptionalInt.of(newest);
        } catch (SQLException e) {
            // No history table (not a Verbatim project yet): Flyway's case.
            return OptionalInt.empty();
        }
    }

    /** The highest {@code V<n>__*.sql} in db/migration, from the folder or jar that holds the first one. */
    static OptionalInt newestKnown() {
        OptionalInt cached = newestKnown;
        if (cached == null) {
            cached = scan();
            newestKnown = cached;
        }
        return cached;
    }

    private static OptionalInt scan() {
        URL first = SchemaVersions.class.getClassLoader().getResource(FOLDER + "V1__project_schema.sql");
        if (first == null) {
            return OptionalInt.empty();
        }
        try {
            if (first.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(first.toURI()).getParent())) {
                    return newest(files.map(p -> p.getFileName().toString()));
                }
            }
            if (first.getProtocol().equals("jar")) {
                String spec = first.getPath();
                Path jar = Path.of(new URI(spec.substring(0, spec.indexOf("!/"))));
                try (JarFile file = new JarFile(jar.toFile())) {
                    return newest(file.stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith(FOLDER)).map(n -> n.substring(FOLDER.length())));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return OptionalInt.empty();
        }
        return OptionalInt.empty();
    }

    private static OptionalInt newest(Stream<String> names) {
        return names.map(MIGRATION::matcher).filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max();
    }
}

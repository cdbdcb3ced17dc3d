package org.verbatim.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.store.ServerAddress;

/**
 * A password for the server as PostgreSQL's own tools find it: {@code PGPASSWORD}, else the
 * first matching line {@code host:port:database:user:password} of {@code PGPASSFILE} or
 * {@code ~/.pgpass} ({@code *} matches anything, {@code \:} and {@code \\} escape). Like libpq,
 * a password file that others can read is ignored.
 */
final class PgPass {
    private static final Logger LOG = LoggerFactory.getLogger(PgPass.class);

    private PgPass() {
    }

    static Optional<String> lookup(ServerAddress address) {
        return lookup(address, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Optional<String> lookup(ServerAddress address, Map<String, String> env, Path home) {
        String given = env.get("PGPASSWORD");
        if (given != null) {
            return Optional.of(given);
        }
        Path file = env.containsKey("PGPASSFILE") ? Path.of(env.get("PGPASSFILE")) : home.resolve(".pgpass");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (readableByOthers(file)) {
                LOG.warn("{} is readable by others and is ignored (chmod 0600 it)", file);
                return Optional.empty();
            }
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> f = fields(line);
                if (f.size() == 5 && matches(f.get(0), address.host()) && matches(f.get(1), String.valueOf(address.port()))
                        && matches(f.get(2), address.database()) && matches(f.get(3), address.user())) {
                    return Optional.of(f.get(4));
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the password file {}", file, e);
        }
        return Optional.empty();
    }

    private static boolean readableByOthers(Path file) throws IOException {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /** Splits a line at unescaped colons, undoing the escapes. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}

package org.verbatim.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.verbatim.store.ServerAddress;

/**
 * {@code NAME.verbatim/server.json}: where a team project's database is and who connects to it
 * from this folder. It never holds a password (that comes from the window, PGPASSWORD or
 * ~/.pgpass).
 *
 * @param tlsMode PostgreSQL's sslmode
 * @param coder   the coder this folder's changes are made as; null: the database user
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ServerJson(String host, int port, String database, String user, String tlsMode, String coder) {
    static final String FILE = "server.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static ServerJson of(ServerAddress address, String coder) {
        return new ServerJson(address.host(), address.port(), address.database(), address.user(), address.tlsMode(),
                coder == null || coder.isBlank() ? null : coder.strip());
    }

    static boolean isIn(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE));
    }

    static ServerJson read(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            ServerJson read = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), ServerJson.class);
            read.address();
            return read;
        } catch (IOException | IllegalArgumentException e) {
            throw new ProjectException("Cannot read " + file + ": " + e.getMessage()
                    + " (it names the team project's server: host, port, database, user, tlsMode)", e);
        }
    }

    void write(Path folder) {
        AtomicFile.write(folder.resolve(FILE), out -> {
            JSON.writeValue(out, this);
            return null;
        });
    }

    ServerAddress address() {
        return new ServerAddress(host, port, database, user, tlsMode);
    }
}

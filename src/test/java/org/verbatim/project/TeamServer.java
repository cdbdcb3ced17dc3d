package org.verbatim.project;

import java.nio.file.Path;
import org.verbatim.testing.PostgresServer;

/**
 * A team on the test PostgreSQL server: {@code alice} owns a fresh database (she creates the
 * project and is its lead), {@code bob} and {@code carol} are coders. Real database users with
 * passwords, so the server's own rules are what the tests meet.
 */
final class TeamServer {
    static final String ALICE = "alice";
    static final String BOB = "bob";
    static final String CAROL = "carol";

    final PostgresServer server;
    final String database;

    private TeamServer(PostgresServer server, String database) {
        this.server = server;
        this.database = database;
    }

    /** A new, empty database owned by alice. */
    static TeamServer start() {
        PostgresServer server = PostgresServer.require();
        for (String user : new String[] {ALICE, BOB, CAROL}) {
            server.user(user, password(user));
        }
        return new TeamServer(server, server.database(ALICE));
    }

    static String password(String user) {
        return user + "-secret";
    }

    String url() {
        return "postgresql://" + server.host() + ":" + server.port() + "/" + database + "?sslmode=disable";
    }

    /** Alice creates the team project in a folder of her own. */
    Project create(Path folder) {
        return TeamProjects.create(folder, url(), ALICE, null, password(ALICE));
    }

    /** {@code user} joins the team project in a folder of their own. */
    Project join(Path folder, String user) {
        return TeamProjects.join(folder, url(), user, null, password(user));
    }

    /** Opens a folder made earlier by {@code user}. */
    Project open(Path folder, String user) {
        return Project.open(folder, password(user));
    }
}

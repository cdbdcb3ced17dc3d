package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.testing.PostgresServer;

/**
 * new --server, share and join on a real PostgreSQL server, with passwords read from
 * ~/.pgpass as PostgreSQL's own tools read them.
 */
class CliTeamProjectTest {
    @TempDir
    Path dir;

    PostgresServer server;
    String home;

    @BeforeEach
    void setUp() throws Exception {
        server = PostgresServer.require();
        server.user("dana", "dana-pw");
        server.user("erik", "erik-pw");
        Path userHome = Files.createDirectories(dir.resolve("home"));
        Path pgpass = Files.writeString(userHome.resolve(".pgpass"), "# host:port:database:user:password\n"
                + "127.0.0.1:" + server.port() + ":*:dana:dana-pw\n*:*:*:erik:erik-pw\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        home = System.getProperty("user.home");
        System.setProperty("user.home", userHome.toString());
    }

    @AfterEach
    void restoreHome() {
        System.setProperty("user.home", home);
    }

    private String url(String database) {
        return "postgresql://127.0.0.1:" + server.port() + "/" + database + "?sslmode=disable";
    }

    @Test
    void aTeamProjectIsCreatedJoinedAndWorkedOnFromTheCommandLine() throws Exception {
        String database = server.database("dana");
        Path transcript = Files.writeString(dir.resolve("interview.txt"), "Interviewer: And Europe?\nVera: Europe is a partner for us.\n");

        Cli.Result created = Cli.run("new", dir.resolve("dana.verbatim"), "--server", url(database), "--user", "dana");
        assertThat(created.exit()).as(created.toString()).isZero();
        assertThat(created.out()).contains("Created team project dana", "on postgresql://127.0.0.1:" + server.port()
                + "/" + database + " as dana");
        assertThat(Cli.run("import", dir.resolve("dana.verbatim"), transcript).exit()).isZero();
        assertThat(Cli.run("code", dir.resolve("dana.verbatim"), "interview.txt", "--code", "Europe/Partner",
                "--quote", "a partner").out()).contains("coded Europe / Partner by dana");

        Cli.Result joined = Cli.run("join", dir.resolve("erik.verbatim"), "--server", url(database), "--user", "erik",
                "--coder", "Erik L.");
        assertThat(joined.exit()).as(joined.toString()).isZero();
        assertThat(joined.out()).contains("(1 documents)");
        assertThat(Cli.run("code", dir.resolve("erik.verbatim"), "interview.txt", "--code", "Europe/Partner",
                "--quote", "a partner").out()).contains("by Erik L.");
        Cli.Result found = Cli.run("search", dir.resolve("dana.verbatim"), "partner");
        assertThat(found.out()).as(found.toString()).contains("Europe is a **partner** for us.");
        Cli.Result segments = Cli.run("segments", dir.resolve("dana.verbatim"), "--format", "csv");
        assertThat(segments.out()).contains("dana", "Erik L.");
        assertThat(Files.readString(dir.resolve("erik.verbatim/server.json"))).doesNotContain("erik-pw");
    }

    @Test
    void aLeadGivesTheLeadRoleFromTheCommandLine() throws Exception {
        String database = server.database("dana");
        assertThat(Cli.run("new", dir.resolve("dana.verbatim"), "--server", url(database), "--user", "dana").exit()).isZero();
        assertThat(Cli.run("join", dir.resolve("erik.verbatim"), "--server", url(database), "--user", "erik").exit())
                .isZero();

        Cli.Result refused = Cli.run("team", "role", dir.resolve("erik.verbatim"), "--user", "erik", "--lead");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("Only a project lead may give or take the lead role");

        Cli.Result given = Cli.run("team", "role", dir.resolve("dana.verbatim"), "--user", "erik", "--lead");
        assertThat(given.exit()).as(given.toString()).isZero();
        assertThat(given.out()).contains("erik is now a lead (was a coder)");
        Cli.Result back = Cli.run("team", "role", dir.resolve("erik.verbatim"), "--user", "erik", "--coder");
        assertThat(back.out()).as(back.toString()).contains("erik is now a coder (was a lead)");

        Cli.Result both = Cli.run("team", "role", dir.resolve("dana.verbatim"), "--user", "erik", "--lead", "--coder");
        assertThat(both.exit()).isNotZero();
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void aLocalProjectIsSharedAndItsFileKeptAsABackup() throws Exception {
        Path folder = dir.resolve("study.verbatim");
        Path transcript = Files.writeString(dir.resolve("interview.txt"), "Interviewer: And Europe?\nVera: Europe is a partner for us.\n");
        assertThat(Cli.run("new", folder).exit()).isZero();
        assertThat(Cli.run("import", folder, transcript).exit()).isZero();
        assertThat(Cli.run("code", folder, "interview.txt", "--code", "Europe/Partner", "--quote", "a partner",
                "--coder", "vera").exit()).isZero();
        assertThat(Cli.run("codes", "add", folder, "Europe/Partner/Trade").exit()).isZero();
        assertThat(Cli.run("memos", "add", folder, "--title", "Plan", "Europe first").exit()).isZero();

        String database = server.database("dana");
        Cli.Result shared = Cli.run("share", folder, "--server", url(database), "--user", "dana");
        assertThat(shared.exit()).as(shared.toString()).isZero();
        assertThat(shared.out()).contains("kept as", "project-before-sharing.mv.db");
        assertThat(folder.resolve("project-before-sharing.mv.db")).exists();
        assertThat(folder.resolve("project.mv.db")).doesNotExist();

        Path joined = dir.resolve("erik.verbatim");
        assertThat(Cli.run("join", joined, "--server", url(database), "--user", "erik").exit()).isZero();
        assertThat(Cli.run("segments", joined, "--format", "csv").out()).contains("vera", "a partner");
        assertThat(Cli.run("codes", joined).out()).contains("Trade");
        assertThat(Cli.run("memos", joined).out()).contains("Europe first");
        // The server's ids go on after the copied ones.
        assertThat(Cli.run("code", joined, "interview.txt", "--code", "Europe/Partner", "--quote", "Vera").out())
                .contains("Segment 2:");

        Cli.Result again = Cli.run("share", folder, "--server", url(server.database("dana")), "--user", "dana");
        assertThat(again.exit()).isNotZero();
        assertThat(again.err()).contains("already a team project");
    }
}

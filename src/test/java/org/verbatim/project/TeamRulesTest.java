package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.project.ProjectFixtures.write;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.ParticipantRole;

/**
 * The rules of a team project beyond single segments and memos: sharing carries every table a
 * project file holds, removing a document takes no one else's work with it unless a lead does
 * it, and only a lead gives or takes the lead role.
 */
class TeamRulesTest {
    @TempDir
    Path dir;

    TeamServer team;

    @BeforeEach
    void startServer() {
        team = TeamServer.start();
    }

    private static void importInterview(Project p, Path dir) throws Exception {
        p.importParticipants(write(dir, "people.csv", CodingTest.PEOPLE), Map.of());
        p.importFiles(new ImportRequest(List.of(write(dir, "interview.txt", CodingTest.INTERVIEW)), Map.of(), null, null,
                null), Progress.NONE);
    }

    @Test
    void sharingCarriesParticipantRolesDocumentVersionsAndQuoteMarks() throws Exception {
        Path folder = dir.resolve("study.verbatim");
        long quoted;
        try (Project p = Project.create(folder)) {
            importInterview(p, dir);
            quoted = p.code(CodingRequest.quote("interview.txt", "Europe/Partner", "a partner", "vera")).segment().id();
            p.comparisons().markQuote(quoted);
            p.setParticipantRole("M1", ParticipantRole.MODERATOR);
            p.corrections().save("interview.txt", CodingTest.INTERVIEW.replace("And Europe?", "And Europe, then?"),
                    "vera", "A word the transcriber missed", false);
        }
        TeamProjects.share(folder, team.url(), TeamServer.ALICE, TeamServer.password(TeamServer.ALICE)).close();

        try (Project bob = team.join(dir.resolve("bob.verbatim"), TeamServer.BOB)) {
            assertThat(bob.participants()).filteredOn(v -> v.key().equals("M1")).singleElement()
                    .extracting(ParticipantView::role).isEqualTo(ParticipantRole.MODERATOR);
            assertThat(bob.corrections().history("interview.txt")).extracting(DocumentVersion::summary)
                    .contains("A word the transcriber missed");
            assertThat(bob.corrections().versionText("interview.txt", 1)).isEqualTo(CodingTest.INTERVIEW);
            assertThat(bob.comparisons().quotes()).containsExactly(quoted);
            // The moved segment still covers its words in the corrected text.
            assertThat(bob.segments(SegmentFilter.ALL)).singleElement().extracting(SegmentView::text).isEqualTo("a partner");
        }
    }

    @Test
    void aCoderCannotRemoveADocumentHoldingAnotherMembersSegmentsButALeadCan() throws Exception {
        try (Project alice = team.create(dir.resolve("alice.verbatim"))) {
            importInterview(alice, dir);
            alice.code(CodingRequest.quote("interview.txt", "Europe/Partner", "a partner", null));
            try (Project bob = team.join(dir.resolve("bob.verbatim"), TeamServer.BOB)) {
                bob.code(CodingRequest.quote("interview.txt", "Europe/Partner", "Vera", null));

                assertThatThrownBy(() -> bob.removeDocument("interview.txt")).isInstanceOf(ProjectException.class)
                        .hasMessage("interview.txt holds segments made by other team members: only a project lead may"
                                + " remove it");
                assertThat(alice.segments(SegmentFilter.ALL)).hasSize(2);
                assertThat(alice.documents()).hasSize(1);

                // Not only the client: bob's own SQL cannot take alice's segments away through the cascade.
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + team.server.port() + "/"
                        + team.database, TeamServer.BOB, TeamServer.password(TeamServer.BOB))) {
                    assertThat(c.createStatement().executeUpdate("DELETE FROM document")).isZero();
                }
                assertThat(alice.segments(SegmentFilter.ALL)).hasSize(2);

                assertThat(alice.removeDocument("interview.txt")).isEqualTo(2);
                assertThat(bob.documents()).isEmpty();
                assertThat(bob.segments(SegmentFilter.ALL)).isEmpty();
            }
        }
    }

    @Test
    void aCoderMayRemoveADocumentHoldingOnlyTheirOwnSegments() throws Exception {
        try (Project alice = team.create(dir.resolve("alice.verbatim"))) {
            importInterview(alice, dir);
            try (Project bob = team.join(dir.resolve("bob.verbatim"), TeamServer.BOB)) {
                bob.code(CodingRequest.quote("interview.txt", "Europe/Partner", "Vera", null));
                assertThat(bob.removeDocument("interview.txt")).isEqualTo(1);
                assertThat(alice.documents()).isEmpty();
            }
        }
    }

    @Test
    void onlyALeadGivesTheLeadRoleAndTheLastLeadCannotStepDown() throws Exception {
        try (Project alice = team.create(dir.resolve("alice.verbatim"))) {
            importInterview(alice, dir);
            long alices = alice.code(CodingRequest.quote("interview.txt", "Europe/Partner", "a partner", null))
                    .segment().id();
            try (Project bob = team.join(dir.resolve("bob.verbatim"), TeamServer.BOB)) {
                assertThatThrownBy(() -> bob.setTeamRole(TeamServer.BOB, true)).isInstanceOf(ProjectException.class)
                        .hasMessageContaining("Only a project lead may give or take the lead role");
                assertThatThrownBy(() -> alice.setTeamRole(TeamServer.ALICE, false)).isInstanceOf(ProjectException.class)
                        .hasMessageContaining("alice is the project's only lead");
                assertThatThrownBy(() -> alice.setTeamRole("nobody", true)).isInstanceOf(ProjectException.class)
                        .hasMessageContaining("There is no database user 'nobody'");

                assertThat(alice.setTeamRole(TeamServer.BOB, true)).isEqualTo("bob is now a lead (was a coder)");
                bob.uncode(alices);
                assertThat(alice.segments(SegmentFilter.ALL)).isEmpty();

                assertThat(bob.setTeamRole(TeamServer.ALICE, false)).isEqualTo("alice is now a coder (was a lead)");
                long bobs = bob.code(CodingRequest.quote("interview.txt", "Europe/Partner", "Vera", null)).segment().id();
                assertThatThrownBy(() -> alice.uncode(bobs)).isInstanceOf(ProjectException.class)
                        .hasMessageContaining("was made by another team member");
            }
        }
    }

    @Test
    void rolesBelongToTeamProjects() {
        try (Project p = Project.create(dir.resolve("file.verbatim"))) {
            assertThatThrownBy(() -> p.setTeamRole("bob", true)).isInstanceOf(ProjectException.class)
                    .hasMessageContaining("is a project file: roles belong to team projects");
        }
    }
}

package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.ImportRequest;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;

/** A project whose database is damaged cannot be opened; the window offers its newest backup instead. */
class BackupOfferWindowTest extends SampleWindowTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedProjectIsOfferedItsNewestBackupRestoredBesideItAndOpened(FxRobot robot) throws Exception {
        Path folder = dir.resolve("study.verbatim");
        Path transcript = Files.writeString(dir.resolve("interview.txt"),
                "Interviewer: How do you see Europe?\nR1: Europe is a partner, mostly.\n", StandardCharsets.UTF_8);
        try (Project p = Project.create(folder)) {
            p.importFiles(ImportRequest.of(transcript), Progress.NONE);
            p.code(CodingRequest.quote("interview.txt", "Europe/Partner", "Europe is a partner", "anna"));
        }
        Project.open(folder).close();
        assertThat(new org.verbatim.project.Backups(folder).list()).hasSize(1);
        garble(folder.resolve("project.mv.db"));

        robot.interact(() -> window.start().open(folder));
        waitUntil(() -> robot.lookup("#backup-offer").tryQuery().isPresent());

        DialogPane offer = robot.lookup("#backup-offer").queryAs(DialogPane.class);
        assertThat(offer.getHeaderText()).isEqualTo("study.verbatim cannot be opened: its database is damaged");
        assertThat(offer.getContentText()).contains("Restore it into study-restored.verbatim beside it");
        assertThat(window.start().message().get()).contains("its database project.mv.db is damaged");
        robot.interact(() -> ((Button) offer.lookupButton(BackupOfferDialog.RESTORE)).fire());

        waitUntil(() -> window.workspace() != null && !window.workspace().documents().documents().isEmpty());
        assertThat(stage.getTitle()).isEqualTo("Verbatim — study-restored");
        assertThat(window.workspace().documents().documents()).extracting(d -> d.name()).containsExactly("interview.txt");
        assertThat(dir.resolve("study-restored.verbatim").resolve("project.mv.db")).exists();
        assertThat(folder.resolve("project.mv.db")).exists();
    }

    /** Random bytes over every block of the file after H2's two header blocks. */
    private static void garble(Path database) throws Exception {
        Random random = new Random(19);
        byte[] block = new byte[4096];
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            for (long at = 2 * 4096; at + 4096 <= file.length(); at += 4096) {
                random.nextBytes(block);
                file.seek(at);
                file.write(block);
            }
        }
    }
}

package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.TurnView;

/** What the open panes show after the project changes, and what happens to work once the project is closed. */
class SessionChangesTest {
    @TempDir
    Path dir;
    private ViewModelFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new ViewModelFixture(dir);
    }

    @AfterEach
    void close() {
        if (!f.session.isClosed()) {
            f.close();
        }
    }

    @Test
    void retrievalDropsUncodedAndMergedSegmentsAndExportsWhatItNowLists() {
        f.project.code(CodingRequest.quote("tomsk-01.txt", "Finland", "Finland", "anna"));
        f.project.code(CodingRequest.quote("petrozavodsk-01.txt", "Finland", "Finland", "anna"));
        RetrievalViewModel retrieval = new RetrievalViewModel(f.session);
        retrieval.code().set("Finland");
        retrieval.where().set("city=Tomsk, city=Petrozavodsk");
        retrieval.retrieve();
        assertThat(retrieval.results()).hasSize(2);

        new CodingViewModel(f.session, new TranscriptViewModel(f.session)).uncode(retrieval.results().get(0));
        assertThat(retrieval.results()).hasSize(1);
        assertThat(retrieval.summary().get()).isEqualTo("1 segment in 1 document");

        CodebookViewModel codebook = new CodebookViewModel(f.session);
        codebook.merge("Finland", "China/Partner");
        assertThat(retrieval.results()).isEmpty();
        assertThat(retrieval.retrieved().get()).isNull();
        assertThat(retrieval.summary().get()).contains("Finland");
    }

    @Test
    void theOpenTranscriptShowsASpeakersParticipantOnceMapped() throws Exception {
        Path csv = Files.writeString(dir.resolve("participants.csv"), "id,name\nTOM-R01,Anna Kuznetsova\n");
        f.project.importParticipants(csv, java.util.Map.of());
        long tomsk = f.documentId("tomsk-01.txt");
        TranscriptViewModel transcript = new TranscriptViewModel(f.session);
        transcript.open(tomsk);
        int answer = ViewModelFixture.rangeOf("China invests").start();
        assertThat(transcript.turnAt(answer)).map(TurnView::participant).isEmpty();

        new SpeakerMapViewModel(f.session, tomsk).map("Anna K.", "TOM-R01");

        assertThat(transcript.turnAt(answer)).map(TurnView::participant).contains("TOM-R01");
    }

    @Test
    void theOpenTranscriptsHeaderFollowsAnEditedAttribute() {
        DocumentListViewModel docs = new DocumentListViewModel(f.session);
        docs.reload();
        TranscriptViewModel transcript = new TranscriptViewModel(f.session);
        transcript.open(f.documentId("tomsk-01.txt"));

        docs.setAttribute(transcript.document().get().document(), "city", "Novosibirsk");

        assertThat(transcript.document().get().document().attributes()).containsEntry("city", "Novosibirsk");
    }

    @Test
    void afterCloseNothingReadsTheProjectOrReportsToTheWindow() {
        RetrievalViewModel retrieval = new RetrievalViewModel(f.session);
        retrieval.code().set("China");
        f.session.close();
        f.background.errors().set("");

        retrieval.retrieve();
        new CodebookViewModel(f.session).add(null, "Late");

        assertThat(retrieval.summary().get()).isEqualTo("Choose a code to retrieve its segments");
        assertThat(f.background.errors().get()).isEmpty();
        assertThat(f.background.busy().get()).isFalse();
        assertThat(f.session.changes().get()).isZero();
    }

    @Test
    void closingCancelsTheRunningImport() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(folder.resolve("f" + i + ".txt"), "Interviewer: Question " + i + "?\nAnna K.: Answer " + i + ".\n");
        }
        ImportViewModel importer = new ImportViewModel(f.session);
        importer.add(List.of(folder));
        // Close while the second file is imported: it completes, the third is not started, the project closes.
        f.background.progress().addListener((o, a, b) -> {
            if (b.doubleValue() > 0) {
                f.session.close();
            }
        });
        importer.start();

        assertThat(f.background.busy().get()).isFalse();
        try (var reopened = org.verbatim.project.Project.open(dir.resolve("study.verbatim"))) {
            assertThat(reopened.documents()).hasSize(4);
        }
    }
}

package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.FilePreview;
import org.verbatim.project.ParticipantView;
import org.verbatim.project.Project;

/** The document list, participants, retrieval and import view models on a real project, without a toolkit. */
class WorkspaceViewModelsTest {
    @TempDir
    Path dir;
    private ViewModelFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new ViewModelFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void documentsGroupByAnAttributeWithTotalsAndFilterByNameOrValue() {
        DocumentListViewModel docs = new DocumentListViewModel(f.session);
        docs.reload();
        assertThat(docs.groupings()).containsExactly(DocumentListViewModel.NO_GROUPING, "city");

        docs.groupBy().set("city");
        assertThat(docs.groups().get()).extracting(DocumentListViewModel.Group::name).containsExactly("Petrozavodsk", "Tomsk");
        DocumentListViewModel.Group tomsk = docs.groups().get().get(1);
        assertThat(tomsk.turns()).isEqualTo(4);
        assertThat(tomsk.words()).isEqualTo(f.project.documents().stream()
                .filter(d -> d.name().equals("tomsk-01.txt")).findFirst().orElseThrow().words());

        docs.filter().set("petroz");
        assertThat(docs.groups().get()).extracting(DocumentListViewModel.Group::name).containsExactly("Petrozavodsk");
        docs.filter().set("TOMSK");
        assertThat(docs.groups().get().get(0).documents()).extracting(d -> d.name()).containsExactly("tomsk-01.txt");
    }

    @Test
    void segmentCountsInTheDocumentListFollowCoding() {
        DocumentListViewModel docs = new DocumentListViewModel(f.session);
        docs.reload();
        TranscriptViewModel transcript = new TranscriptViewModel(f.session);
        transcript.open(f.documentId("tomsk-01.txt"));
        TextRange r = ViewModelFixture.rangeOf("youth exchanges");
        transcript.select(r.start(), r.end());
        new CodingViewModel(f.session, transcript).codeSelection("Youth");

        assertThat(docs.documents()).filteredOn(d -> d.name().equals("tomsk-01.txt")).extracting(d -> d.segments())
                .containsExactly(1);
    }

    @Test
    void aParticipantAttributeOfTheWrongTypeIsRefusedAndTheStoredValueStays() throws Exception {
        Path csv = Files.writeString(dir.resolve("participants.csv"), "id,name,age\nTOM-R01,Anna K.,26\n");
        f.project.importParticipants(csv, Map.of());
        ParticipantsViewModel people = new ParticipantsViewModel(f.session);
        people.reload();
        ParticipantView anna = people.participants().get(0);

        people.setAttribute(anna, "age", "twenty-six");
        assertThat(people.message().get()).contains("'twenty-six' is not an integer for attribute 'age'");
        assertThat(people.participants().get(0).attributes()).containsEntry("age", "26");

        people.setAttribute(people.participants().get(0), "age", "27");
        people.setAttribute(people.participants().get(0), "sphere", "NGO");
        assertThat(f.project.participants().get(0).attributes()).containsEntry("age", "27").containsEntry("sphere", "NGO");
        assertThat(people.attributes()).containsExactly("age", "sphere");
    }

    @Test
    void retrievalFindsACodeAcrossDocumentsNarrowedByAttributes() {
        f.project.code(CodingRequest.quote("tomsk-01.txt", "Finland", "Finland", "anna"));
        f.project.code(CodingRequest.quote("petrozavodsk-01.txt", "Finland", "Finland", "anna"));
        RetrievalViewModel retrieval = new RetrievalViewModel(f.session);

        retrieval.code().set("Finland");
        retrieval.retrieve();
        assertThat(retrieval.results()).extracting(s -> s.document()).containsExactlyInAnyOrder("tomsk-01.txt",
                "petrozavodsk-01.txt");
        assertThat(retrieval.summary().get()).isEqualTo("2 segments in 2 documents");

        retrieval.where().set("city=Petrozavodsk");
        retrieval.retrieve();
        assertThat(retrieval.results()).extracting(s -> s.document()).containsExactly("petrozavodsk-01.txt");

        retrieval.where().set("city");
        retrieval.retrieve();
        assertThat(retrieval.summary().get()).isEqualTo("Filter 'city' is not of the form attribute=value");
    }

    @Test
    void importShowsWhatEachFileHoldsThenImportsAndListsRefusedFilesWithReasons() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("more"));
        Files.writeString(folder.resolve("nnv-01.txt"), "Interviewer: Hello.\nSergei B.: Hello. We trade with the EU.\n");
        Files.write(folder.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 5, 6, 0});
        ImportViewModel importer = new ImportViewModel(f.session);

        importer.add(List.of(folder));
        assertThat(importer.previews()).extracting(p -> p.file().getFileName().toString(), FilePreview::accepted)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("nnv-01.txt", true),
                        org.assertj.core.groups.Tuple.tuple("broken.txt", false));
        FilePreview good = importer.previews().stream().filter(FilePreview::accepted).findFirst().orElseThrow();
        assertThat(good).extracting(FilePreview::format, FilePreview::encoding, FilePreview::language, FilePreview::turns)
                .containsExactly("text", "UTF-8", "en", 2);
        assertThat(f.project.documents()).hasSize(2);

        importer.attributes().set("city=Nizhny Novgorod, format=in-depth");
        importer.start();

        assertThat(importer.finished().get()).isTrue();
        assertThat(importer.refused()).extracting(r -> r.file().getFileName().toString()).containsExactly("broken.txt");
        assertThat(importer.refused().get(0).reason()).isNotBlank();
        assertThat(importer.status().get()).isEqualTo("1 imported, 1 refused");
        assertThat(f.project.documents()).filteredOn(d -> d.name().equals("nnv-01.txt"))
                .extracting(d -> d.attributes().get("city")).containsExactly("Nizhny Novgorod");
    }

    @Test
    void aSubtitleFileWithAMalformedCueIsImportedWithTheCueNamedByNumberInTheDialog() throws Exception {
        Path file = Files.writeString(dir.resolve("meeting.vtt"), "WEBVTT\n\n"
                + "00:00:01.000 --> 00:00:02.000\nAnna: First words.\n\n"
                + "00:00:xx.120 --> 00:00:03.000\nAnna: Second words.\n");
        ImportViewModel importer = new ImportViewModel(f.session);
        importer.add(List.of(file));

        importer.start();

        assertThat(importer.status().get()).isEqualTo("1 imported, 0 refused");
        assertThat(importer.notes()).containsExactly("meeting.vtt — cue 2: its timing line '00:00:xx.120 -->"
                + " 00:00:03.000' cannot be read; its words were kept with the time of the cue before it");
    }

    @Test
    void aCancelledImportKeepsWhatWasDoneAndSaysSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(folder.resolve("f" + i + ".txt"), "Interviewer: Question " + i + "?\nAnna K.: Answer " + i + ".\n");
        }
        ImportViewModel importer = new ImportViewModel(f.session);
        importer.add(List.of(folder));
        // Cancel while the second file is imported: it completes, the third is not started.
        f.background.progress().addListener((o, a, b) -> {
            if (b.doubleValue() > 0) {
                importer.cancel();
            }
        });
        importer.start();

        assertThat(importer.status().get()).isEqualTo("Cancelled: 2 imported, 0 refused");
        assertThat(f.project.documents()).hasSize(4);
    }

    @Test
    void badAttributesAreRefusedBeforeAnythingIsImported() throws Exception {
        Path file = Files.writeString(dir.resolve("x.txt"), "Interviewer: Hi.\n");
        ImportViewModel importer = new ImportViewModel(f.session);
        importer.add(List.of(file));
        importer.attributes().set("city Tomsk");
        importer.start();

        assertThat(importer.status().get()).isEqualTo("Attribute 'city Tomsk' is not of the form name=value");
        assertThat(f.project.documents()).hasSize(2);
        assertThat(importer.refused()).isEmpty();
    }

    @Test
    void filesThatCannotBeReadLeaveTheDialogUsableWithTheReasonInIt() throws Exception {
        Path file = Files.writeString(dir.resolve("x.txt"), "Interviewer: Hi.\n");
        // A preview fails when the project it checks names against cannot be read any more.
        Project gone = Project.create(dir.resolve("gone.verbatim"));
        gone.close();
        ImportViewModel importer = new ImportViewModel(new Session(gone, f.background, () -> "anna"));

        importer.add(List.of(file));

        assertThat(importer.running().get()).isFalse();
        assertThat(importer.status().get()).startsWith("Reading files failed");
        assertThat(f.background.errors().get()).isEmpty();
        assertThat(importer.sources()).isEmpty();
    }
}

package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.ParticipantView;
import org.verbatim.project.Project;

/**
 * The Participants table and the Documents list export what they show as CSV from the real
 * window on the sample study: every row the facade lists, every attribute column, Cyrillic
 * intact, a value that looks like a formula written as text, and a byte-order mark only when
 * Excel is chosen.
 */
class TableCsvExportWindowTest extends SampleWindowTest {
    private static final String CYRILLIC = "Петрозаводск, Кондопога";
    private static final String FORMULA = "=HYPERLINK(\"http://example.org\")";

    @TempDir
    Path exports;

    /** Changes the project as an edit in the window would, and waits until the window has read it back. */
    private void change(FxRobot robot, WorkspaceView w, Function<Project, Object> edit) throws Exception {
        CompletableFuture<Object> done = new CompletableFuture<>();
        robot.interact(() -> w.session().change("test", edit, done::complete, m -> done.completeExceptionally(
                new AssertionError(m))));
        done.get(60, TimeUnit.SECONDS);
        waitUntil(() -> !background.busy().get());
    }

    /** Runs {@code export} as its button would, to {@code csv}, and reads the file back. */
    private List<List<String>> export(FxRobot robot, CsvExport export, Path csv, boolean excel) throws Exception {
        robot.interact(() -> export.csv(csv, excel));
        waitUntil(() -> Files.exists(csv) && !background.busy().get());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text.startsWith("\uFEFF")).isEqualTo(excel);
        return ExportDialogWindowTest.readCsv(excel ? text.substring(1) : text);
    }

    /** The fixed columns, then every attribute any row has, alphabetically. */
    private static List<String> header(List<String> fixed, List<Map<String, String>> attributes) {
        TreeSet<String> names = new TreeSet<>();
        attributes.forEach(a -> names.addAll(a.keySet()));
        List<String> header = new ArrayList<>(fixed);
        header.addAll(names);
        return header;
    }

    @Test
    void theParticipantsTableExportsEveryParticipantWithEveryAttribute(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        List<ParticipantView> before = ask(robot, w, Project::participants);
        String first = before.get(0).key();
        String second = before.get(1).key();
        change(robot, w, p -> {
            p.setParticipantAttribute(first, "home_town", CYRILLIC);
            p.setParticipantAttribute(second, "home_town", FORMULA);
            return null;
        });
        @SuppressWarnings("unchecked")
        TableView<ParticipantView> table = robot.lookup("#participants").queryAs(TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(p -> CYRILLIC.equals(p.attributes().get("home_town"))));
        List<ParticipantView> expected = ask(robot, w, Project::participants);

        Path csv = exports.resolve("participants.csv");
        List<List<String>> rows = export(robot, w.participantsPane().export(), csv, true);
        // The role shows once, beside the documents, though the sample's sheet also keeps it as an attribute.
        List<String> header = header(List.of("id", "name", "documents", "role"),
                expected.stream().map(ParticipantView::attributes).toList());
        header.remove(header.lastIndexOf("role"));
        assertThat(rows.get(0)).containsExactlyElementsOf(header).contains("city", "sphere", "home_town");
        assertThat(table.getColumns()).hasSize(header.size());
        assertThat(rows).hasSize(1 + expected.size());
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0))
                .containsExactlyElementsOf(expected.stream().map(ParticipantView::key).toList());
        int town = header.indexOf("home_town");
        int city = header.indexOf("city");
        for (List<String> row : rows.subList(1, rows.size())) {
            ParticipantView p = expected.stream().filter(e -> e.key().equals(row.get(0))).findFirst().orElseThrow();
            assertThat(row.get(2)).isEqualTo(String.valueOf(p.documents()));
            assertThat(row.get(3)).isEqualTo(p.role().label());
            assertThat(row.get(city)).isEqualTo(p.attributes().getOrDefault("city", ""));
        }
        assertThat(rows.get(1 + keyIndex(expected, first)).get(town)).isEqualTo(CYRILLIC);
        assertThat(rows.get(1 + keyIndex(expected, second)).get(town)).isEqualTo("'" + FORMULA);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Wrote " + expected.size() + " rows to " + csv);
    }

    private static int keyIndex(List<ParticipantView> participants, String key) {
        return participants.stream().map(ParticipantView::key).toList().indexOf(key);
    }

    @Test
    void theDocumentsListExportsEveryDocumentWithItsCountsAndAttributes(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        List<DocumentSummary> before = ask(robot, w, Project::documents);
        String first = before.get(0).name();
        String second = before.get(1).name();
        change(robot, w, p -> {
            p.setDocumentAttribute(String.valueOf(before.get(0).id()), "venue", CYRILLIC);
            p.setDocumentAttribute(String.valueOf(before.get(1).id()), "venue", FORMULA);
            return null;
        });
        waitUntil(() -> w.documents().documents().stream().anyMatch(d -> CYRILLIC.equals(d.attributes().get("venue"))));
        List<DocumentSummary> expected = ask(robot, w, Project::documents);

        Path csv = exports.resolve("documents.csv");
        List<List<String>> rows = export(robot, w.documentsPane().export(), csv, false);
        List<String> header = header(List.of("name", "format", "turns", "words", "segments"),
                expected.stream().map(DocumentSummary::attributes).toList());
        assertThat(rows.get(0)).containsExactlyElementsOf(header).contains("city", "venue");
        assertThat(rows).hasSize(1 + expected.size());
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0))
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(DocumentSummary::name).toList());
        int venue = header.indexOf("venue");
        for (List<String> row : rows.subList(1, rows.size())) {
            DocumentSummary d = expected.stream().filter(e -> e.name().equals(row.get(0))).findFirst().orElseThrow();
            assertThat(row.subList(1, 5)).containsExactly(d.format(), String.valueOf(d.turns()),
                    String.valueOf(d.words()), String.valueOf(d.segments()));
            String value = d.attributes().getOrDefault("venue", "");
            assertThat(row.get(venue)).isEqualTo(value.startsWith("=") ? "'" + value : value);
        }
        assertThat(rows).anySatisfy(r -> assertThat(r).containsSequence(first).contains(CYRILLIC));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsSequence(second).contains("'" + FORMULA));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Wrote " + expected.size() + " rows to " + csv);
    }
}

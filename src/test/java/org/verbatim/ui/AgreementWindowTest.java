package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.verbatim.project.AgreementReport;
import org.verbatim.project.AgreementRow;
import org.verbatim.project.AgreementUnit;
import org.verbatim.project.CodingDifference;

/**
 * The Agreement view of the real window on the sample study at 1280 × 720: the two coders
 * chosen, the Threats codes chosen by typing, each code's figures as the project computes them
 * with every column in sight, then a code's differing passage clicked and opened in its
 * transcript.
 */
class AgreementWindowTest extends SampleWindowTest {
    private static final String NATO = "Threats / NATO";

    @Test
    void twoCodersSideBySideWithTheirFiguresAndAPassageWhereTheyDifferOpened(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        AgreementViewModel model = w.agreement().model();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> "tab-agreement".equals(w.centre().getSelectionModel().getSelectedItem().getId())
                && model.shown().get() != null);

        ComboBox<String> first = robot.lookup("#agreement-first").queryComboBox();
        assertThat(first.getItems()).containsExactly("elena", "pavel");
        robot.interact(() -> {
            robot.lookup("#agreement-first").queryComboBox().getSelectionModel().select("pavel");
            robot.lookup("#agreement-second").queryComboBox().getSelectionModel().select("elena");
        });
        waitUntil(() -> model.shown().get() != null && model.shown().get().overall().coders().equals(List.of("pavel", "elena")));
        robot.interact(() -> {
            robot.lookup("#agreement-first").queryComboBox().getSelectionModel().select("elena");
            robot.lookup("#agreement-second").queryComboBox().getSelectionModel().select("pavel");
        });
        // The codes chosen by typing part of a name, as in the cross-tab.
        // The keys typed are handed to the chooser itself: Monocle's robot types into the focused window's text fields only.
        ComboBox<String> codes = robot.lookup("#agreement-codes").queryComboBox();
        robot.interact(() -> {
            for (char c : "threats".toCharArray()) {
                javafx.event.Event.fireEvent(codes, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_TYPED,
                        String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
            }
        });
        waitUntil(() -> "Threats".equals(model.code().get()));
        waitUntil(() -> model.shown().get() != null
                && model.shown().get().overall().coders().equals(List.of("elena", "pavel"))
                && model.rows().stream().allMatch(r -> r.figures().code().startsWith("Threats")
                        || r.kind() == AgreementViewModel.Kind.OVERALL));

        AgreementReport expected = ask(robot, w, p -> p.agreement(List.of("elena", "pavel"), AgreementUnit.TURN,
                List.of(), List.of("Threats")));
        List<AgreementRow> all = new java.util.ArrayList<>(expected.codes());
        all.addAll(expected.groups());
        all.add(expected.overall());
        assertThat(model.rows()).extracting(AgreementViewModel.Row::figures).containsExactlyElementsOf(all);
        AgreementRow nato = expected.codes().stream().filter(r -> r.code().equals(NATO)).findFirst().orElseThrow();
        assertThat(nato.firstOnly() + nato.secondOnly()).isPositive();

        // Every column is in sight, the coders named in their headings, and the table does not scroll sideways.
        var table = w.agreement().pane().table();
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("Code", "Units", "Both",
                "Only elena", "Only pavel", "Agree %", "Kappa", "Alpha");
        Bounds visible = table.localToScene(table.getLayoutBounds());
        assertThat(visible.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(table.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar s
                && s.getOrientation() == Orientation.HORIZONTAL).noneMatch(javafx.scene.Node::isVisible)).isTrue();

        // A click on NATO's row shows its figures cell by cell and the passages where the coders differ.
        robot.interact(() -> table.scrollTo(model.rows().stream().filter(r -> r.figures().equals(nato)).findFirst()
                .orElseThrow()));
        robot.sleep(300);
        TableCell<?, ?> codeCell = cell(robot, table, "Code", NATO);
        robot.clickOn(codeCell, MouseButton.PRIMARY);
        waitUntil(() -> model.selected().get() != null && model.selected().get().figures().code().equals(NATO)
                && !model.differences().isEmpty() && !background.busy().get());
        List<CodingDifference> differing = FxThread.call(() -> List.copyOf(model.differences()));
        assertThat(text(robot, table, "Kappa", NATO)).isEqualTo(AgreementViewModel.coefficient(nato.kappa()));
        assertThat(text(robot, table, "Alpha", NATO)).isEqualTo(AgreementViewModel.coefficient(nato.alpha()));
        assertThat(text(robot, table, "Agree %", NATO)).isEqualTo(AgreementViewModel.percent(nato.percentAgreement()));
        assertThat(text(robot, table, "Only pavel", NATO)).isEqualTo(String.valueOf(nato.secondOnly()));
        assertThat(differing).allSatisfy(d -> assertThat(d.code()).isEqualTo(NATO));
        assertThat(differing).anySatisfy(d -> assertThat(d.kind()).isNotEqualTo(
                CodingDifference.Kind.DIFFERENT_BOUNDS));

        // The passage opens in its transcript, selected.
        CodingDifference passage = differing.get(0);
        ListCell<?> shown = robot.lookup("#agreement-differences .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() == passage).findFirst().orElseThrow();
        robot.clickOn(shown, MouseButton.PRIMARY);
        waitUntil(() -> w.centre().getSelectionModel().getSelectedItem().getText().equals("Transcript")
                && w.transcript().document().get() != null
                && w.transcript().document().get().document().id() == passage.documentId());
        waitUntil(() -> new TextRange(passage.start(), passage.end()).equals(w.transcript().selection().get()));

        // Back on the view, Enter on a passage opens it too.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> "tab-agreement".equals(w.centre().getSelectionModel().getSelectedItem().getId()));
        CodingDifference last = differing.get(differing.size() - 1);
        var list = w.agreement().pane().differences();
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(last);
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> w.centre().getSelectionModel().getSelectedItem().getText().equals("Transcript")
                && new TextRange(last.start(), last.end()).equals(w.transcript().selection().get()));
    }

    private static TableCell<?, ?> cell(FxRobot robot, javafx.scene.control.TableView<?> table, String column,
                                        String code) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> table.getColumns().contains(c.getTableColumn()) && c.isVisible()
                        && column.equals(c.getTableColumn().getText())
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof AgreementViewModel.Row r
                        && r.figures().code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("No cell of " + code + " under " + column));
    }

    private static String text(FxRobot robot, javafx.scene.control.TableView<?> table, String column, String code) {
        return cell(robot, table, column, code).getText();
    }
}

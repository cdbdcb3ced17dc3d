package org.verbatim.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.verbatim.project.HitView;
import org.verbatim.project.SearchQuery;

/**
 * A search hit as a keyword-in-context row: the matched words highlighted in a column shared by
 * every row, as much context on each side as fits, and below them who said it, in which
 * document and when. The whole passage shows as the row's tooltip and accessible text.
 */
final class HitCell extends ListCell<HitView> {
    private final KwicLine line = new KwicLine();
    private final Label place = new Label();
    private final Tooltip whole = new Tooltip();
    private final VBox box;

    HitCell() {
        place.getStyleClass().addAll("muted", "hit-place");
        place.setMinWidth(0);
        whole.setWrapText(true);
        whole.setMaxWidth(480);
        box = new VBox(1, line, place);
        // Fit the list's width rather than widen it to the longest line.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(HitView hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        // Context as long as asked for was cut from a longer turn: say so.
        boolean cutBefore = hit.before().length() >= SearchQuery.DEFAULT_CONTEXT;
        boolean cutAfter = hit.after().length() >= SearchQuery.DEFAULT_CONTEXT;
        String beforeText = (cutBefore ? "…" : "") + oneLine(hit.before());
        String afterText = oneLine(hit.after()) + (cutAfter ? "…" : "");
        line.set(beforeText, oneLine(hit.matched()), afterText);
        place.setText(placeOf(hit));
        whole.setText(beforeText + oneLine(hit.matched()) + afterText + "\n" + place.getText());
        setTooltip(whole);
        setAccessibleText(whole.getText());
        setText(null);
        setGraphic(box);
    }

    /** "Alexei G. (TOM-R07) · TOM-focus-group.txt · 0:20:08". */
    static String placeOf(HitView hit) {
        StringBuilder s = new StringBuilder(hit.speaker() == null ? "(no speaker)" : hit.speaker());
        if (hit.participant() != null && !hit.participant().equals(hit.speaker())) {
            s.append(" (").append(hit.participant()).append(')');
        }
        s.append(" · ").append(hit.document());
        if (hit.timestampMs() != null) {
            long seconds = hit.timestampMs() / 1000;
            s.append(String.format(" · %d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60));
        }
        return s.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}

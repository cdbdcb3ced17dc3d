package org.verbatim.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.verbatim.project.HitView;
import org.verbatim.project.SearchQuery;

/**
 * A search hit as a keyword-in-context row: the matched words highlighted in the middle, as
 * much context on each side as fits, and below them who said it, in which document and when.
 */
final class HitCell extends ListCell<HitView> {
    private final Label before = new Label();
    private final Label matched = new Label();
    private final Label after = new Label();
    private final Label place = new Label();
    private final VBox box;

    HitCell() {
        before.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        before.setAlignment(Pos.CENTER_RIGHT);
        for (Label side : new Label[] {before, after}) {
            side.setMinWidth(0);
            side.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(side, Priority.ALWAYS);
        }
        // The context gives way before the matched words do.
        matched.setMinWidth(Region.USE_PREF_SIZE);
        matched.getStyleClass().add("hit-match");
        place.getStyleClass().addAll("muted", "hit-place");
        place.setMinWidth(0);
        HBox line = new HBox(before, matched, after);
        line.setAlignment(Pos.CENTER_LEFT);
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
            return;
        }
        // Context as long as asked for was cut from a longer turn: say so.
        boolean cutBefore = hit.before().length() >= SearchQuery.DEFAULT_CONTEXT;
        boolean cutAfter = hit.after().length() >= SearchQuery.DEFAULT_CONTEXT;
        before.setText((cutBefore ? "…" : "") + oneLine(hit.before()));
        matched.setText(oneLine(hit.matched()));
        after.setText(oneLine(hit.after()) + (cutAfter ? "…" : ""));
        place.setText(placeOf(hit));
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

package org.verbatim.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.ColumnConstraints;
import org.verbatim.project.FacetView;

/**
 * A small horizontal bar chart of hits per value of an attribute: the value, a bar as long as
 * its share of the largest count, and the count of hits and turns.
 */
final class FacetBars {
    /** Widths of the longest bar, when there is room and when there is little. */
    private static final double MAX_BAR = 120;
    private static final double MIN_BAR = 40;
    /** Width past which a value's name is cut short. */
    private static final double MAX_NAME = 130;

    private final GridPane grid = new GridPane();

    FacetBars(ObservableList<FacetView> facets) {
        grid.setId("search-facets");
        grid.setHgap(8);
        grid.setVgap(3);
        // Names and counts keep their width; the bars take what is left, so a narrow pane shortens bars, not words.
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.setMaxWidth(MAX_NAME);
        ColumnConstraints bar = new ColumnConstraints(MIN_BAR, MAX_BAR, MAX_BAR);
        bar.setHgrow(Priority.SOMETIMES);
        ColumnConstraints count = new ColumnConstraints();
        count.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(value, bar, count);
        facets.addListener((ListChangeListener<FacetView>) c -> show(facets));
    }

    private void show(List<FacetView> facets) {
        grid.getChildren().clear();
        long most = facets.stream().mapToLong(FacetView::hits).max().orElse(1);
        int row = 0;
        for (FacetView f : facets) {
            String name = f.value() == null ? "(no value)" : f.value();
            Label value = new Label(name);
            value.setTextOverrun(OverrunStyle.ELLIPSIS);
            value.setTooltip(new Tooltip(name));
            value.getStyleClass().add("facet-value");
            Region fill = new Region();
            fill.getStyleClass().add("facet-bar");
            fill.setMinHeight(14);
            fill.setMaxHeight(14);
            StackPane track = new StackPane(fill);
            double share = (double) f.hits() / Math.max(1, most);
            fill.maxWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(2, track.getWidth() * share), track.widthProperty()));
            track.setAlignment(Pos.CENTER_LEFT);
            Label count = new Label(Plural.of(f.hits(), "hit") + " · " + Plural.of(f.turns(), "turn"));
            count.getStyleClass().addAll("facet-count", "muted");
            grid.addRow(row++, value, track, count);
        }
    }

    GridPane root() {
        return grid;
    }
}

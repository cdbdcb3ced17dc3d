package org.verbatim.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.ColumnConstraints;
import org.verbatim.project.FacetView;

/**
 * A small horizontal bar chart of hits per value of an attribute: the value, a bar as long as
 * its share of the largest count, and the count of hits and turns.
 */
final class FacetBars {
    /** Width of the longest bar. */
    private static final double BAR = 120;

    private final GridPane grid = new GridPane();

    FacetBars(ObservableList<FacetView> facets) {
        grid.setId("search-facets");
        grid.setHgap(8);
        grid.setVgap(3);
        ColumnConstraints value = new ColumnConstraints();
        value.setMaxWidth(130);
        grid.getColumnConstraints().addAll(value, new ColumnConstraints(BAR, BAR, BAR), new ColumnConstraints());
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
            fill.setPrefWidth(Math.max(2, BAR * f.hits() / Math.max(1, most)));
            fill.setMaxWidth(Region.USE_PREF_SIZE);
            StackPane track = new StackPane(fill);
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

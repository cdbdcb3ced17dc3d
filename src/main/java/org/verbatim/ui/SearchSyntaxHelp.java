package org.verbatim.ui;

import atlantafx.base.controls.Popover;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The query syntax in a popover: what to type and what it finds, from docs/search.md. */
final class SearchSyntaxHelp {
    /** What to type, and what it finds. */
    private static final String[][] EXAMPLES = {
        {"partner", "any form: partner, partners, partner's"},
        {"exact:partner", "only the form as written"},
        {"partner*", "words beginning with partner (? is one letter)"},
        {"\"foreign ministry\"", "the words next to each other"},
        {"\"soft power\"~3", "both words with up to 3 moves between them"},
        {"china AND partner", "turns with both"},
        {"china OR india", "turns with either (OR is the default)"},
        {"europe NOT america", "europe, but not in a turn with america"},
        {"(china OR india) AND partner", "grouping with parentheses"},
        {"diplomcy~", "fuzzy: within two letters (diplomacy)"},
        {"speaker:Interviewer", "turns of this speaker label"},
        {"participant:TOM-R04", "turns of this participant"},
        {"document:TOM-semi-02", "turns of this document"},
        {"code:\"The West/European Union\"", "turns a segment of this code overlaps"},
        {"city:Tomsk", "any attribute of the document or participant"},
        {"city:\"Nizhny Novgorod\"", "quote values with spaces"},
        {"intl_experience_years:[5 TO 10]", "a range, bounds included ({5 TO 10}: excluded)"},
    };

    private final Popover popover;

    SearchSyntaxHelp() {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(4);
        for (int i = 0; i < EXAMPLES.length; i++) {
            Label typed = new Label(EXAMPLES[i][0]);
            typed.getStyleClass().add("syntax-example");
            grid.addRow(i, typed, new Label(EXAMPLES[i][1]));
        }
        Label title = new Label("Search syntax, as in verbatim search");
        title.getStyleClass().add("pane-title");
        Label notes = new Label("Words are found stemmed and in any case. Filters beside the query"
                + " (city=Tomsk, sphere=business) keep turns with those values.");
        notes.setWrapText(true);
        notes.setMaxWidth(460);
        notes.getStyleClass().add("muted");
        VBox content = new VBox(8, title, grid, notes);
        content.setId("search-syntax");
        content.setPadding(new Insets(6));
        popover = new Popover(content);
        popover.setArrowLocation(Popover.ArrowLocation.RIGHT_TOP);
    }

    void show(Node owner) {
        popover.show(owner);
    }
}

package org.verbatim.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.verbatim.project.ParticipantView;

/**
 * Participants with their attributes, every attribute value editable in place (type-checked on
 * commit); the table exports as CSV.
 */
final class ParticipantsPane {
    private final ParticipantsViewModel model;
    private final TableView<ParticipantView> table = new TableView<>();
    private final CsvExport export;
    private final VBox root;

    /** {@code report} hears how an export went. */
    ParticipantsPane(ParticipantsViewModel model, Session session, Consumer<String> report) {
        this.model = model;
        table.setId("participants");
        table.setEditable(true);
        table.setItems(model.participants());
        table.setPlaceholder(new Label("No participants (import participants.csv from the command line or add attributes here)"));
        model.attributes().addListener((ListChangeListener<String>) c -> columns());
        columns();
        Label message = new Label();
        message.setId("participants-message");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        export = new CsvExport(session, "participants", table, this::table, report);
        ToolBar bar = new ToolBar(Ui.button("Attribute", "mdi2t-tag-plus", "Add an attribute column", this::addAttribute),
                export.button("Save the participants and their attributes for a spreadsheet"));
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(4, bar, table, message);
        root.setPadding(new Insets(0, 0, 6, 0));
    }

    VBox root() {
        return root;
    }

    /** The CSV export of the table, as its button runs it. */
    CsvExport export() {
        return export;
    }

    /** The participants as the table shows them: id, name, documents, then each attribute. */
    private TableExport table() {
        List<String> header = new ArrayList<>(List.of("id", "name", "documents"));
        header.addAll(model.attributes());
        List<List<String>> rows = new ArrayList<>();
        for (ParticipantView p : model.participants()) {
            List<String> row = new ArrayList<>(List.of(p.key(), p.name() == null ? "" : p.name(),
                    String.valueOf(p.documents())));
            model.attributes().forEach(a -> row.add(p.attributes().getOrDefault(a, "")));
            rows.add(row);
        }
        return new TableExport(header, rows);
    }

    private void columns() {
        table.getColumns().clear();
        TableColumn<ParticipantView, String> key = new TableColumn<>("Id");
        key.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().key()));
        TableColumn<ParticipantView, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name() == null ? "" : c.getValue().name()));
        TableColumn<ParticipantView, Long> docs = new TableColumn<>("Docs");
        docs.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().documents()));
        table.getColumns().add(key);
        table.getColumns().add(name);
        table.getColumns().add(docs);
        for (String attribute : model.attributes()) {
            table.getColumns().add(attributeColumn(attribute));
        }
    }

    private TableColumn<ParticipantView, String> attributeColumn(String attribute) {
        TableColumn<ParticipantView, String> c = new TableColumn<>(attribute);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().attributes().getOrDefault(attribute, "")));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> model.setAttribute(e.getRowValue(), attribute, e.getNewValue()));
        return c;
    }

    private void addAttribute() {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(table.getScene().getWindow());
        d.setTitle("New attribute");
        d.setHeaderText("Name of the new participant attribute");
        d.showAndWait().map(String::strip).filter(s -> !s.isEmpty() && !model.attributes().contains(s))
                .ifPresent(s -> table.getColumns().add(attributeColumn(s)));
    }
}

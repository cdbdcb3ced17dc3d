package org.verbatim.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.verbatim.model.ParticipantRole;
import org.verbatim.project.ParticipantView;

/**
 * Participants with their attributes, every attribute value editable in place (type-checked on
 * commit); the table exports as CSV.
 */
final class ParticipantsPane {
    /** A participants sheet's role column sets the role and is kept as an attribute too; the Role column shows both. */
    private static final String ROLE = "role";
    private final ParticipantsViewModel model;
    private final Session session;
    private final TableView<ParticipantView> table = new TableView<>();
    private final CsvExport export;
    private final VBox root;

    /** {@code report} hears how an export went. */
    ParticipantsPane(ParticipantsViewModel model, Session session, Consumer<String> report) {
        this.model = model;
        this.session = session;
        table.setId("participants");
        ChangeControls.editable(session, table.editableProperty());
        table.setItems(model.participants());
        table.setPlaceholder(new Label("No participants yet: Add… one here, or import participants.csv from the command line"));
        model.attributes().addListener((ListChangeListener<String>) c -> columns());
        columns();
        Label message = new Label();
        message.setId("participants-message");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        export = new CsvExport(session, "participants", table, this::table, report);
        // Icons in a row that wraps rather than hiding buttons behind an overflow arrow when the side pane is narrow.
        ParticipantActions actions = new ParticipantActions(model, table, session);
        table.setContextMenu(actions.menu());
        FlowPane bar = new FlowPane(4, 4);
        bar.setPadding(new Insets(6, 6, 0, 6));
        bar.getChildren().addAll(actions.buttons());
        Button csv = export.button("Export CSV… — the participants and their attributes, for a spreadsheet");
        csv.setText(null);
        Button addAttribute = Ui.button(null, "mdi2t-tag-plus", "Add an attribute column", this::addAttribute);
        addAttribute.setId("attribute-add");
        ChangeControls.disable(session, addAttribute);
        bar.getChildren().addAll(addAttribute, csv);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(4, bar, table, message);
        root.setPadding(new Insets(0, 0, 6, 0));
    }

    VBox root() {
        return root;
    }

    /** Adds Memo… to the table's menu (right-click a participant). */
    void showMemos(Consumer<ParticipantView> write) {
        if (table.getContextMenu() == null) {
            table.setContextMenu(new javafx.scene.control.ContextMenu());
        }
        MenuItem memo = Ui.item("Memo…", "mdi2n-note-edit-outline", () -> {
            ParticipantView chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                write.accept(chosen);
            }
        });
        ChangeControls.disable(session, memo);
        table.getContextMenu().getItems().add(memo);
    }

    /** Selects a participant's row by id and scrolls it into sight. */
    void select(long participantId) {
        for (ParticipantView p : table.getItems()) {
            if (p.id() == participantId) {
                table.getSelectionModel().select(p);
                table.scrollTo(p);
                return;
            }
        }
    }

    /** The CSV export of the table, as its button runs it. */
    CsvExport export() {
        return export;
    }

    /** The participants as the table shows them: id, name, documents, role, then each attribute. */
    private TableExport table() {
        List<String> header = new ArrayList<>(List.of("id", "name", "documents", ROLE));
        List<String> attributes = model.attributes().stream().filter(a -> !a.equals(ROLE)).toList();
        header.addAll(attributes);
        List<List<String>> rows = new ArrayList<>();
        for (ParticipantView p : model.participants()) {
            List<String> row = new ArrayList<>(List.of(p.key(), p.name() == null ? "" : p.name(),
                    String.valueOf(p.documents()), p.role().label()));
            attributes.forEach(a -> row.add(p.attributes().getOrDefault(a, "")));
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
        table.getColumns().add(roleColumn());
        for (String attribute : model.attributes()) {
            if (!attribute.equals(ROLE)) {
                table.getColumns().add(attributeColumn(attribute));
            }
        }
    }

    /** The role, chosen from a list: analyses count respondents only unless asked otherwise. */
    private TableColumn<ParticipantView, ParticipantRole> roleColumn() {
        TableColumn<ParticipantView, ParticipantRole> c = new TableColumn<>("Role");
        c.setId("participant-role");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().role()));
        c.setCellFactory(ChoiceBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(ParticipantRole role) {
                return role == null ? "" : role.label();
            }

            @Override
            public ParticipantRole fromString(String label) {
                return ParticipantRole.parse(label);
            }
        }, ParticipantRole.values()));
        c.setOnEditCommit(e -> {
            if (e.getNewValue() != null && e.getNewValue() != e.getOldValue()) {
                model.setRole(e.getRowValue(), e.getNewValue());
            }
        });
        return c;
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

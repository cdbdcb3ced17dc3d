package org.verbatim.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.model.report.StudyReport;
import org.verbatim.project.CodeNode;
import org.verbatim.project.ReportRequest;
import org.verbatim.project.SegmentFilter;

/**
 * File ▸ Report…: which codes (the top-level codes to begin with), grouped by which attribute,
 * with how many quotes per group, among which segments; a preview of the report, and the report
 * written as HTML or Word.
 */
final class ReportViewModel {
    /** The attribute choice that puts everyone in one group. */
    static final String EVERYONE = "(everyone)";

    private final Session session;
    private final ObservableList<String> codes = FXCollections.observableArrayList();
    private final Set<String> chosen = new LinkedHashSet<>();
    private final ObservableList<String> attributes = FXCollections.observableArrayList(EVERYONE);
    private final StringProperty attribute = new SimpleStringProperty(EVERYONE);
    private final IntegerProperty quotes = new SimpleIntegerProperty(ReportRequest.DEFAULT_QUOTES);
    private final StringProperty where = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<StudyReport> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    ReportViewModel(Session session) {
        this.session = session;
    }

    private record Offered(List<CodeNode> codes, List<String> attributes) { }

    /** Reads the codebook and attributes, chooses the top-level codes and city (when there is one), then previews. */
    void load() {
        session.read("Reading the codebook", p -> new Offered(p.codes(),
                AnalysisRows.attributes(p.participants(), p.documents())), o -> {
            codes.setAll(o.codes().stream().map(CodeNode::path).toList());
            chosen.clear();
            o.codes().stream().filter(n -> n.depth() == 0).map(CodeNode::path).forEach(chosen::add);
            List<String> offered = new ArrayList<>(List.of(EVERYONE));
            offered.addAll(o.attributes());
            attributes.setAll(offered);
            attribute.set(o.attributes().contains("city") ? "city" : EVERYONE);
            refresh();
        });
    }

    /** Builds the report as chosen and shows it. */
    void refresh() {
        request().ifPresent(r -> session.read("Building the report", p -> p.reports().build(r), built -> {
            preview.set(built);
            message.set("Preview of " + Plural.of(built.codes().size(), "code") + "; save it as HTML or Word");
        }, failure -> {
            preview.set(null);
            message.set(failure);
        }));
    }

    /** Writes the report as chosen to {@code file} (.html or .docx), whole or not at all. */
    void save(Path file) {
        request().ifPresent(r -> session.read("Writing the report", p -> p.reports().write(file, r),
                built -> message.set("Wrote the report to " + file), message::set));
    }

    private java.util.Optional<ReportRequest> request() {
        Map<String, List<String>> filters;
        try {
            filters = RetrievalViewModel.parseWhere(where.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return java.util.Optional.empty();
        }
        if (chosen.isEmpty()) {
            message.set("Choose at least one code for the report");
            return java.util.Optional.empty();
        }
        String by = EVERYONE.equals(attribute.get()) ? null : attribute.get();
        List<String> ordered = codes.stream().filter(chosen::contains).toList();
        return java.util.Optional.of(new ReportRequest(ordered, by, List.of(),
                new SegmentFilter(null, filters, null, List.of()), Math.max(0, quotes.get())));
    }

    /** Whether a code is in the report. */
    boolean isChosen(String code) {
        return chosen.contains(code);
    }

    void choose(String code, boolean in) {
        if (in) {
            chosen.add(code);
        } else {
            chosen.remove(code);
        }
    }

    ObservableList<String> codes() {
        return codes;
    }

    ObservableList<String> attributes() {
        return attributes;
    }

    StringProperty attribute() {
        return attribute;
    }

    IntegerProperty quotes() {
        return quotes;
    }

    StringProperty where() {
        return where;
    }

    ReadOnlyObjectProperty<StudyReport> preview() {
        return preview.getReadOnlyProperty();
    }

    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}

package org.verbatim.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.project.AgreementBreakdown;
import org.verbatim.project.AgreementReport;
import org.verbatim.project.AgreementRequest;
import org.verbatim.project.AgreementRow;
import org.verbatim.project.AgreementUnit;
import org.verbatim.project.CodeNode;
import org.verbatim.project.CoderAgreement;
import org.verbatim.project.CodingDifference;
import org.verbatim.project.DocumentSummary;

/**
 * The Agreement view: two coders (and a code, a document, the unit) chosen, the figures of
 * {@code verbatim agreement} per code, per code group and overall, the chosen row document by
 * document, and the passages where the two coded that row's codes differently. It computes in
 * the background while it is {@link #showing()}, and again after every change to the project.
 */
final class AgreementViewModel {
    static final String ALL_CODES = AnalysisRows.ALL_CODES;
    static final String ALL_DOCUMENTS = "All documents";

    /** What a row of the table is: a code on its own, a code's sub-codes as categories, or all codes together. */
    enum Kind { CODE, GROUP, OVERALL }

    /** A row of the per-code table. */
    record Row(Kind kind, AgreementRow figures) { }

    /** The chosen row's figures in one document; null figures where neither coder used its codes there. */
    record DocumentRow(long documentId, String document, long units, AgreementRow figures) { }

    private final Session session;
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final StringProperty first = new SimpleStringProperty();
    private final StringProperty second = new SimpleStringProperty();
    private final ObjectProperty<AgreementUnit> unit = new SimpleObjectProperty<>(AgreementUnit.TURN);
    private final ObservableList<String> codes = FXCollections.observableArrayList(ALL_CODES);
    private final StringProperty code = new SimpleStringProperty(ALL_CODES);
    private final ObservableList<String> documents = FXCollections.observableArrayList(ALL_DOCUMENTS);
    private final StringProperty document = new SimpleStringProperty(ALL_DOCUMENTS);
    private final ReadOnlyObjectWrapper<AgreementBreakdown> shown = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObservableList<DocumentRow> byDocument = FXCollections.observableArrayList();
    private final ObservableList<CodingDifference> differences = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Bumped when the user changes a choice; setting the choices from the project does not bump it. */
    private final IntegerProperty asked = new SimpleIntegerProperty();
    private final WhileShowing refresh;
    private AgreementRequest shownRequest;
    private boolean offering;
    private long differencesAsked;
    private long computations;

    AgreementViewModel(Session session) {
        this.session = session;
        for (var choice : List.of(first, second, code, document)) {
            choice.addListener((o, a, b) -> userChanged());
        }
        unit.addListener((o, a, b) -> userChanged());
        this.refresh = new WhileShowing(session, this::compute, asked);
        selected.addListener((o, a, row) -> rowChosen(row));
    }

    private void userChanged() {
        if (!offering) {
            asked.set(asked.get() + 1);
        }
    }

    /** The choices the project offers now, with the coders to compare (null when it has fewer than two). */
    private record Offered(List<CoderAgreement.CoderSegments> coders, List<String> codes, List<String> documents,
                           String first, String second) { }

    private record Computed(Offered offered, AgreementRequest request, AgreementBreakdown breakdown) { }

    private void compute() {
        String wantFirst = first.get();
        String wantSecond = second.get();
        String wantCode = code.get();
        String wantDocument = document.get();
        AgreementUnit wantUnit = unit.get();
        long asking = ++computations;
        session.longRead("Comparing coders", (p, progress) -> {
            List<CoderAgreement.CoderSegments> all = p.coderAgreement().coders();
            List<String> names = all.stream().map(CoderAgreement.CoderSegments::name).toList();
            List<String> paths = p.codes().stream().map(CodeNode::path).toList();
            List<String> docs = p.documents().stream().map(DocumentSummary::name).toList();
            String a = names.contains(wantFirst) ? wantFirst : names.isEmpty() ? null : names.get(0);
            String b = names.contains(wantSecond) ? wantSecond
                    : names.stream().filter(n -> !n.equals(a)).findFirst().orElse(null);
            Offered offered = new Offered(all, paths, docs, a, b);
            if (a == null || b == null || a.equals(b)) {
                return new Computed(offered, null, null);
            }
            AgreementRequest request = new AgreementRequest(List.of(a, b), wantUnit,
                    ALL_DOCUMENTS.equals(wantDocument) || !docs.contains(wantDocument) ? List.of() : List.of(wantDocument),
                    ALL_CODES.equals(wantCode) || !paths.contains(wantCode) ? List.of() : List.of(wantCode));
            return new Computed(offered, request, p.coderAgreement().compare(request, progress));
        }, c -> {
            // A newer choice is being computed: this result would show what is no longer chosen.
            if (asking == computations) {
                show(c);
            }
        }).onFailure(failure -> {
            if (asking != computations) {
                return;
            }
            shownRequest = null;
            shown.set(null);
            rows.clear();
            byDocument.clear();
            differences.clear();
            note.set("");
            why.set("");
            message.set(failure);
        }).start();
    }

    private void show(Computed c) {
        offer(c.offered());
        shownRequest = c.request();
        shown.set(c.breakdown());
        if (c.breakdown() == null) {
            rows.clear();
            byDocument.clear();
            differences.clear();
            note.set("");
            why.set(tooFew(c.offered()));
            message.set("");
            return;
        }
        AgreementReport report = c.breakdown().overall();
        String before = selected.get() == null ? null : selected.get().figures().code();
        List<Row> shownRows = new ArrayList<>();
        report.codes().forEach(r -> shownRows.add(new Row(Kind.CODE, r)));
        report.groups().forEach(r -> shownRows.add(new Row(Kind.GROUP, r)));
        shownRows.add(new Row(Kind.OVERALL, report.overall()));
        rows.setAll(shownRows);
        note.set(String.join("\n", report.notes()));
        why.set("");
        message.set(describe(report));
        Row again = shownRows.stream().filter(r -> r.figures().code().equals(before)).findFirst()
                .orElse(shownRows.get(shownRows.size() - 1));
        if (again.equals(selected.get())) {
            rowChosen(again);
        } else {
            selected.set(again);
        }
    }

    private void offer(Offered o) {
        offering = true;
        try {
            // Replaced only when they differ: replacing a chooser's items clears its choice for a moment.
            replace(coders, o.coders().stream().map(CoderAgreement.CoderSegments::name).toList());
            // The user's choices stand while the project has them; a coder gone or not yet chosen is filled in.
            if (first.get() == null || !coders.contains(first.get())) {
                first.set(o.first());
            }
            if (second.get() == null || !coders.contains(second.get())) {
                second.set(o.second());
            }
            List<String> codeChoices = new ArrayList<>(List.of(ALL_CODES));
            codeChoices.addAll(o.codes());
            String keepCode = code.get();
            replace(codes, codeChoices);
            code.set(codeChoices.contains(keepCode) ? keepCode : ALL_CODES);
            List<String> documentChoices = new ArrayList<>(List.of(ALL_DOCUMENTS));
            documentChoices.addAll(o.documents());
            String keepDocument = document.get();
            replace(documents, documentChoices);
            document.set(documentChoices.contains(keepDocument) ? keepDocument : ALL_DOCUMENTS);
        } finally {
            offering = false;
        }
    }

    private static void replace(ObservableList<String> items, List<String> now) {
        if (!items.equals(now)) {
            items.setAll(now);
        }
    }

    /** Why there is nothing to compare, and how to get a second coder. */
    private static String tooFew(Offered o) {
        String how = " To compare two coders, code under a second name (Edit → Coder name…), or merge a colleague's"
                + " coded copy of this project (File → Merge project…; on the command line"
                + " verbatim merge PROJECT THEIRS --as-coder NAME).";
        if (o.coders().isEmpty()) {
            return "Nobody has coded in this project yet, so there is no agreement to show." + how;
        }
        if (o.coders().size() == 1) {
            return "Agreement compares two coders, and only " + o.coders().get(0).name() + " has coded in this project."
                    + how;
        }
        return "Choose two different coders to compare.";
    }

    private static String describe(AgreementReport r) {
        return r.coders().get(0) + " and " + r.coders().get(1) + " on " + Plural.of(r.documents().size(), "document")
                + ", " + r.overall().units() + " " + (r.unit() == AgreementUnit.TURN ? "turns" : "characters")
                + " both judged";
    }

    private void rowChosen(Row row) {
        AgreementBreakdown breakdown = shown.get();
        if (row == null || breakdown == null) {
            byDocument.clear();
            differences.clear();
            return;
        }
        List<DocumentRow> perDocument = new ArrayList<>();
        for (AgreementBreakdown.DocumentAgreement d : breakdown.byDocument()) {
            perDocument.add(new DocumentRow(d.documentId(), d.document(), d.report().overall().units(),
                    find(d.report(), row.figures().code())));
        }
        byDocument.setAll(perDocument);
        AgreementRequest request = shownRequest;
        String path = switch (row.kind()) {
            case CODE -> row.figures().code();
            case GROUP -> row.figures().code().substring(0, row.figures().code().lastIndexOf(" ("));
            case OVERALL -> null;
        };
        long asking = ++differencesAsked;
        session.read("Finding where the coders differ",
                p -> p.coderAgreement().differences(request, path, row.kind() == Kind.GROUP), found -> {
                    if (asking == differencesAsked) {
                        differences.setAll(found);
                    }
                }, message::set);
    }

    private static AgreementRow find(AgreementReport report, String label) {
        if (report.overall().code().equals(label)) {
            return report.overall();
        }
        return java.util.stream.Stream.concat(report.codes().stream(), report.groups().stream())
                .filter(r -> r.code().equals(label)).findFirst().orElse(null);
    }

    /** A percentage as {@code verbatim agreement} prints it (one decimal); a dash where undefined. */
    static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Kappa or alpha as {@code verbatim agreement} prints it (three decimals); a dash where undefined. */
    static String coefficient(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** A count; a dash where it does not apply (a group or the overall row). */
    static String count(Long value) {
        return value == null ? "—" : String.valueOf(value);
    }

    ObservableList<String> coders() {
        return coders;
    }

    StringProperty first() {
        return first;
    }

    StringProperty second() {
        return second;
    }

    ObjectProperty<AgreementUnit> unit() {
        return unit;
    }

    ObservableList<String> codes() {
        return codes;
    }

    StringProperty code() {
        return code;
    }

    ObservableList<String> documents() {
        return documents;
    }

    StringProperty document() {
        return document;
    }

    ReadOnlyObjectProperty<AgreementBreakdown> shown() {
        return shown.getReadOnlyProperty();
    }

    ObservableList<Row> rows() {
        return rows;
    }

    /** The row whose documents and differing passages are shown. */
    ObjectProperty<Row> selected() {
        return selected;
    }

    ObservableList<DocumentRow> byDocument() {
        return byDocument;
    }

    ObservableList<CodingDifference> differences() {
        return differences;
    }

    /** What the figures leave out and why, one note a line; empty when nothing is left out. */
    ReadOnlyStringProperty note() {
        return note.getReadOnlyProperty();
    }

    /** Why there is nothing to compare (fewer than two coders) and how to get a second coder; empty otherwise. */
    ReadOnlyStringProperty why() {
        return why.getReadOnlyProperty();
    }

    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Whether the view is on screen; set by its tab. */
    BooleanProperty showing() {
        return refresh.showing();
    }
}

package org.verbatim.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.verbatim.project.CodeNode;
import org.verbatim.project.ExcerptChoices;
import org.verbatim.project.ExcerptLayout;
import org.verbatim.project.ExcerptPrivacy;
import org.verbatim.project.ExcerptSelection;
import org.verbatim.project.SegmentFilter;

/**
 * File → Export coded excerpts: which codes (all, or several, each with its sub-codes), which
 * attribute values (typed as {@code city=Tomsk, sphere=business} or checked value by value),
 * which coder and documents, which columns, and how the CSV is laid out for Excel. While the
 * choices change, the number of excerpts they take is counted in the background (a count that
 * is out of date when it arrives is dropped). The export runs in the background with progress
 * and Cancel; a cancelled or failed export leaves no file.
 */
public final class ExportViewModel {
    /** Columns an analyst rarely wants in a spreadsheet; every other column starts checked. */
    static final Set<String> TECHNICAL_COLUMNS = Set.of("start", "end", "segment_id", "created");

    private final Session session;
    private final StringProperty file = new SimpleStringProperty("");
    private final ObjectProperty<ExcerptLayout> layout = new SimpleObjectProperty<>(ExcerptLayout.EXCEL);
    private final BooleanProperty allCodes = new SimpleBooleanProperty(true);
    private final BooleanProperty pseudonymise = new SimpleBooleanProperty(false);
    private final StringProperty maskList = new SimpleStringProperty("");
    private final ObservableSet<String> codes = FXCollections.observableSet();
    private final StringProperty where = new SimpleStringProperty("");
    private final StringProperty coder = new SimpleStringProperty("");
    private final ObservableSet<String> documents = FXCollections.observableSet();
    private final ObservableSet<String> uncheckedColumns = FXCollections.observableSet(TECHNICAL_COLUMNS.toArray(String[]::new));
    private final ObservableList<CodeNode> codebook = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ExcerptChoices> choices = new ReadOnlyObjectWrapper<>(
            new ExcerptChoices(List.of(), Map.of(), List.of(), List.of()));
    private final ReadOnlyIntegerWrapper matches = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper matching = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>();
    private Background.Job<Integer> job;
    private long countsAsked;
    private boolean counting;

    public ExportViewModel(Session session) {
        this.session = session;
        file.set(session.folder().toAbsolutePath().resolveSibling(session.name() + "-excerpts.csv").toString());
        allCodes.addListener((o, a, b) -> recount());
        codes.addListener((SetChangeListener<String>) c -> recount());
        where.addListener((o, a, b) -> recount());
        coder.addListener((o, a, b) -> recount());
        documents.addListener((SetChangeListener<String>) c -> recount());
    }

    /** Reads what the project offers to choose (codes, columns, attribute values, coders, documents), then counts. */
    public void load() {
        session.read("Reading the export's choices", p -> new Loaded(p.codes(), p.excerptChoices()), loaded -> {
            codebook.setAll(loaded.codes());
            choices.set(loaded.choices());
            recount();
        });
    }

    private record Loaded(List<CodeNode> codes, ExcerptChoices choices) { }

    /**
     * Fills codes, attribute filters, coder and documents from a filter: the Retrieval tab's code
     * and filters, or one document's segments. File, columns and layout stay as they were.
     */
    public void preset(SegmentFilter filter) {
        codes.clear();
        if (filter.code() != null) {
            codes.add(filter.code());
        }
        allCodes.set(filter.code() == null);
        where.set(whereText(filter.where()));
        coder.set(filter.coder() == null ? "" : filter.coder());
        documents.clear();
        documents.addAll(filter.documents());
    }

    /** {@code city: [Tomsk, Petrozavodsk]} → {@code city=Tomsk, city=Petrozavodsk}, as the filters field reads it. */
    static String whereText(Map<String, List<String>> where) {
        List<String> parts = new ArrayList<>();
        where.forEach((attribute, values) -> values.forEach(v -> parts.add(attribute + "=" + v)));
        return String.join(", ", parts);
    }

    /** Whether the filters take segments with this value of the attribute; false while the filters do not read. */
    public boolean isChecked(String attribute, String value) {
        try {
            return RetrievalViewModel.parseWhere(where.get()).getOrDefault(attribute, List.of()).stream()
                    .anyMatch(value::equalsIgnoreCase);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Adds a value of an attribute to the filters (another alternative for that attribute) or
     * takes it out, rewriting the filters' text; filters that do not read are left for the user to fix.
     */
    public void check(String attribute, String value, boolean checked) {
        Map<String, List<String>> parsed;
        try {
            parsed = RetrievalViewModel.parseWhere(where.get());
        } catch (IllegalArgumentException e) {
            matching.set(e.getMessage());
            return;
        }
        Map<String, List<String>> next = new LinkedHashMap<>(parsed);
        List<String> values = new ArrayList<>(next.getOrDefault(attribute, List.of()));
        values.removeIf(value::equalsIgnoreCase);
        if (checked) {
            values.add(value);
        }
        if (values.isEmpty()) {
            next.remove(attribute);
        } else {
            next.put(attribute, values);
        }
        where.set(whereText(next));
    }

    /** The checked columns in the table's order: the CSV's header. */
    public List<String> chosenColumns() {
        return choices.get().columns().stream().filter(c -> !uncheckedColumns.contains(c)).toList();
    }

    /** Checks or unchecks a column. */
    public void checkColumn(String column, boolean checked) {
        if (checked) {
            uncheckedColumns.remove(column);
        } else {
            uncheckedColumns.add(column);
        }
    }

    /** Whether a column goes into the CSV. */
    public boolean isColumnChecked(String column) {
        return !uncheckedColumns.contains(column);
    }

    /** The selection the choices make; refuses filters that do not read, or no code checked. */
    private ExcerptSelection selection() {
        if (!allCodes.get() && codes.isEmpty()) {
            throw new IllegalArgumentException("Check the codes to export, or All codes");
        }
        String chosenCoder = coder.get() == null ? "" : coder.get().strip();
        return new ExcerptSelection(allCodes.get() ? List.of() : List.copyOf(codes), RetrievalViewModel.parseWhere(where.get()),
                chosenCoder.isEmpty() ? List.of() : List.of(chosenCoder), List.copyOf(documents));
    }

    /** Counts again; a count already running is not waited for, its result is dropped as out of date. */
    private void recount() {
        countsAsked++;
        if (!counting) {
            count();
        }
    }

    private void count() {
        long asked = countsAsked;
        ExcerptSelection selection;
        try {
            selection = selection();
        } catch (IllegalArgumentException e) {
            matches.set(-1);
            matching.set(e.getMessage());
            return;
        }
        counting = true;
        session.read("Counting excerpts", p -> p.countExcerpts(selection), n -> counted(asked, n, null),
                why -> counted(asked, -1, why));
    }

    private void counted(long asked, int n, String failure) {
        counting = false;
        if (asked != countsAsked) {
            count();
            return;
        }
        matches.set(n);
        matching.set(failure != null ? failure : n == 1 ? "1 excerpt matches" : Plural.of(n, "excerpt") + " match");
    }

    /** The file to write, or empty when none is given or it is no valid path. */
    public Optional<Path> target() {
        try {
            return Optional.of(Path.of(file.get().strip())).filter(p -> !p.toString().isEmpty());
        } catch (InvalidPathException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Starts the export; its progress shows while {@link #running()}, its outcome in {@link #message()}. */
    public void export() {
        if (running.get()) {
            return;
        }
        String name = file.get() == null ? "" : file.get().strip();
        if (name.isEmpty()) {
            message.set("Choose the file to export to");
            return;
        }
        Path target;
        try {
            target = Path.of(name);
        } catch (InvalidPathException e) {
            message.set("'" + name + "' is not a file path this system accepts: " + e.getReason());
            return;
        }
        List<String> columns = chosenColumns();
        ExcerptSelection selection;
        try {
            selection = selection();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage() + "; nothing was written to " + target);
            return;
        }
        if (columns.isEmpty()) {
            message.set("Check at least one column; nothing was written to " + target);
            return;
        }
        boolean replacing = Files.exists(target);
        ExcerptLayout chosenLayout = layout.get();
        boolean chosenPseudonymise = pseudonymise.get();
        String list = maskList.get() == null ? "" : maskList.get().strip();
        exported.set(null);
        message.set("");
        running.set(true);
        Background.Job<Integer> started = session.longRead("Exporting excerpts",
                (p, progress) -> p.exportExcerpts(target, selection, columns, chosenLayout,
                        new ExcerptPrivacy(chosenPseudonymise, list.isEmpty() ? List.of() : ExcerptPrivacy.readList(Path.of(list))),
                        progress), n -> {
                    running.set(false);
                    exported.set(target);
                    message.set("Exported " + Plural.of(n, "excerpt") + " to " + target
                            + (replacing ? " (replaced the earlier file)" : ""));
                });
        started.onFailure(why -> {
            running.set(false);
            message.set(why.contains(target.toString()) || started.isCancelled() ? why
                    : "Nothing was written to " + target + ": " + why);
        });
        job = started;
        started.start();
    }

    /** Stops a running export; it leaves no file. */
    public void cancel() {
        if (job != null && running.get()) {
            job.cancel();
        }
    }

    /** The folder of the file the last export wrote, to open in the file manager. */
    public Optional<Path> exportedFolder() {
        return Optional.ofNullable(exported.get()).map(p -> p.toAbsolutePath().getParent());
    }

    /** The file to write (a CSV). */
    public StringProperty file() {
        return file;
    }

    /** How the CSV is laid out: plain UTF-8, or for Excel with a byte-order mark and comma or semicolon. */
    public ObjectProperty<ExcerptLayout> layout() {
        return layout;
    }

    /** Whether participants' ids become pseudonyms and their names and speaker labels are masked in the text. */
    public BooleanProperty pseudonymise() {
        return pseudonymise;
    }

    /** A file listing further names and places to mask, one per line (empty: none). */
    public StringProperty maskList() {
        return maskList;
    }

    /** Whether every code is exported (else only {@link #codes()}, each with its sub-codes). */
    public BooleanProperty allCodes() {
        return allCodes;
    }

    /** The checked code paths. */
    public ObservableSet<String> codes() {
        return codes;
    }

    /** Attribute filters as text: {@code city=Tomsk, city=Petrozavodsk, gender=female}. */
    public StringProperty where() {
        return where;
    }

    /** The coder whose segments are exported; empty for every coder. */
    public StringProperty coder() {
        return coder;
    }

    /** The checked documents; none checked exports from every document. */
    public ObservableSet<String> documents() {
        return documents;
    }

    /** The codebook to choose from, depth first. */
    public ObservableList<CodeNode> codebook() {
        return codebook;
    }

    /** The project's columns, attribute values, coders and documents. */
    public ReadOnlyObjectProperty<ExcerptChoices> choices() {
        return choices.getReadOnlyProperty();
    }

    /** How many excerpts the choices take, or -1 while they do not read. */
    public ReadOnlyIntegerProperty matches() {
        return matches.getReadOnlyProperty();
    }

    /** "412 excerpts match", or why the choices take none. */
    public ReadOnlyStringProperty matching() {
        return matching.getReadOnlyProperty();
    }

    /** Whether an export is running. */
    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** How the last export ended, or why it did not start. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** The file the last export wrote, or null. */
    public ReadOnlyObjectProperty<Path> exported() {
        return exported.getReadOnlyProperty();
    }
}

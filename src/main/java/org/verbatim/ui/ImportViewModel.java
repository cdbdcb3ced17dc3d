package org.verbatim.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.project.FilePreview;
import org.verbatim.project.ImportReport;
import org.verbatim.project.ImportRequest;

/**
 * The import dialog: files and folders chosen, what was detected in each file before anything
 * is stored, attributes for every imported document, then the import itself with progress and
 * cancel, ending with the refused files and their reasons.
 */
public final class ImportViewModel {
    private final Session session;
    private final ObservableList<Path> sources = FXCollections.observableArrayList();
    private final ObservableList<FilePreview> previews = FXCollections.observableArrayList();
    private final ObservableList<ImportReport.Refused> refused = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final StringProperty attributes = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Add files or a folder to import");
    private Background.Job<?> job;

    public ImportViewModel(Session session) {
        this.session = session;
    }

    /** Adds files or folders and reads what they hold. */
    public void add(List<Path> paths) {
        List<Path> fresh = paths.stream().filter(p -> !sources.contains(p)).toList();
        if (fresh.isEmpty()) {
            return;
        }
        sources.addAll(fresh);
        running.set(true);
        List<Path> all = List.copyOf(sources);
        job = session.longRead("Reading files", (p, progress) -> p.previewImport(all, progress), list -> {
            previews.setAll(list);
            running.set(false);
            long ok = list.stream().filter(FilePreview::accepted).count();
            status.set(Plural.of(list.size(), "file") + ": " + ok + " to import, "
                    + (list.size() - ok) + " refused");
        }).onFailure(message -> {
            // Forget what could not be read, so the same files or folder can be added again.
            sources.removeAll(fresh);
            running.set(false);
            status.set(message);
        });
        job.start();
    }

    /** Imports every chosen file; refused files are listed with their reasons when it ends. */
    public void start() {
        Map<String, String> values;
        try {
            values = parseAttributes(attributes.get());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        if (sources.isEmpty()) {
            status.set("Add files or a folder to import first");
            return;
        }
        ImportRequest request = new ImportRequest(List.copyOf(sources), values, null, null, null);
        refused.clear();
        notes.clear();
        finished.set(false);
        running.set(true);
        job = session.longJob("Importing", (project, progress) -> project.importFiles(request, progress), report -> {
            running.set(false);
            finished.set(true);
            refused.setAll(report.refused());
            refused.addAll(report.skipped());
            report.imported().forEach(d -> d.notes().forEach(n -> notes.add(d.name() + " — " + n)));
            status.set((report.cancelled() ? "Cancelled: " : "") + report.imported().size() + " imported, "
                    + report.refused().size() + " refused"
                    + (report.skipped().isEmpty() ? "" : ", " + report.skipped().size() + " skipped"));
        }).onFailure(message -> {
            running.set(false);
            status.set(message);
        });
        job.start();
    }

    /** Stops reading the files, or the import after the file being imported; files already imported stay. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    /** {@code city=Tomsk, format=focus group} → its name/value pairs. */
    static Map<String, String> parseAttributes(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        List<String> bad = new ArrayList<>();
        for (String part : text.split("[,;]")) {
            int eq = part.indexOf('=');
            if (part.isBlank()) {
                continue;
            }
            if (eq <= 0) {
                bad.add(part.strip());
            } else {
                out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException("Attribute '" + bad.get(0) + "' is not of the form name=value");
        }
        return out;
    }

    public ObservableList<Path> sources() {
        return sources;
    }

    public ObservableList<FilePreview> previews() {
        return previews;
    }

    public ObservableList<ImportReport.Refused> refused() {
        return refused;
    }

    /** What the readers noted in files they imported (a malformed subtitle cue, by number, and what became of it). */
    public ObservableList<String> notes() {
        return notes;
    }

    public StringProperty attributes() {
        return attributes;
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** Whether an import has run to its end (or was cancelled) in this dialog. */
    public ReadOnlyBooleanProperty finished() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}

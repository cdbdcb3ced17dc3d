package org.verbatim.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.verbatim.project.SegmentFilter;

/**
 * File → Export coded excerpts: every segment, or the segments of the current retrieval, as a
 * CSV file (optionally with a byte-order mark for Excel). The export runs in the background
 * with progress and Cancel; a cancelled or failed export leaves no file.
 */
public final class ExportViewModel {
    private final Session session;
    private final RetrievalViewModel retrieval;
    private final StringProperty file = new SimpleStringProperty("");
    private final BooleanProperty excelBom = new SimpleBooleanProperty(false);
    private final BooleanProperty onlyRetrieved = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ExportViewModel(Session session, RetrievalViewModel retrieval) {
        this.session = session;
        this.retrieval = retrieval;
        file.set(session.folder().toAbsolutePath().resolveSibling(
                session.name() + "-excerpts.csv").toString());
    }

    /** Whether there is a retrieval whose segments can be exported instead of all. */
    public boolean canExportRetrieved() {
        return retrieval.retrieved().get() != null;
    }

    /** What "the retrieved segments" are, for the dialog ("China where city=Tomsk"), or empty. */
    public String retrievedDescription() {
        return canExportRetrieved() ? retrieval.retrieved().get().description() : "";
    }

    /** The file to write, or empty when none is given or it is no valid path. */
    public Optional<Path> target() {
        try {
            return Optional.of(Path.of(file.get().strip())).filter(p -> !p.toString().isEmpty());
        } catch (InvalidPathException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Starts the export; progress and Cancel are in the status bar, the outcome in {@link #message()}. */
    public void export() {
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
        boolean replacing = Files.exists(target);
        boolean retrieved = onlyRetrieved.get() && canExportRetrieved();
        SegmentFilter filter = retrieved ? retrieval.retrieved().get().filter() : SegmentFilter.ALL;
        boolean bom = excelBom.get();
        session.longRead("Exporting excerpts", (p, progress) -> p.exportExcerpts(target, filter, bom, progress), n -> {
            message.set("Exported " + Plural.of(n, "excerpt") + " to " + target + (replacing ? " (replaced the earlier file)" : ""));
        }).onFailure(why -> {
            message.set(why);
        }).start();
    }

    /** The file to write (a CSV). */
    public StringProperty file() {
        return file;
    }

    /** Whether the file starts with a byte-order mark, so Excel reads Cyrillic correctly. */
    public BooleanProperty excelBom() {
        return excelBom;
    }

    /** Whether only the segments of the current retrieval are exported (else all). */
    public BooleanProperty onlyRetrieved() {
        return onlyRetrieved;
    }

    /** How the last export ended, or why it did not start. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}

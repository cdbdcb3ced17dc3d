package org.verbatim.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.verbatim.project.Project;
import org.verbatim.project.RefiExchange;

/**
 * REFI-QDA exchange in the window: a new project from a .qdpx (then opened), an export of the
 * open project as .qdpx, and a merge of a .qdpx or another project into it with a preview of
 * what would be added. Everything runs in the background with progress; a merge changes the
 * project only after its preview was seen.
 */
final class RefiViewModel {
    /** What the dialog does. */
    enum Mode { IMPORT, EXPORT, MERGE }

    private final Mode mode;
    private final Background background;
    private final Session session;
    private final Consumer<Path> openProject;
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty coder = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper previewed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private Path created;

    /** For an import: {@code openProject} opens the project made (the window closes the one open, if any). */
    static RefiViewModel forImport(Background background, Consumer<Path> openProject) {
        return new RefiViewModel(Mode.IMPORT, background, null, openProject);
    }

    /** For an export or a merge of the session's project. */
    static RefiViewModel forProject(Mode mode, Session session) {
        RefiViewModel vm = new RefiViewModel(mode, session.background(), session, null);
        if (mode == Mode.EXPORT) {
            vm.file.set(session.folder().toAbsolutePath().resolveSibling(session.name() + ".qdpx").toString());
        }
        return vm;
    }

    private RefiViewModel(Mode mode, Background background, Session session, Consumer<Path> openProject) {
        this.mode = mode;
        this.background = background;
        this.session = session;
        this.openProject = openProject;
        file.addListener((o, a, b) -> {
            previewed.set(false);
            if (mode == Mode.IMPORT && !b.isBlank()) {
                folder.set(defaultFolder(b.strip()));
            }
        });
        coder.addListener((o, a, b) -> previewed.set(false));
    }

    /** The new project beside the file, named after it. */
    private static String defaultFolder(String file) {
        Path f = Path.of(file);
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return f.toAbsolutePath().resolveSibling(base + Project.EXTENSION).toString();
    }

    Mode mode() {
        return mode;
    }

    /** The .qdpx to read or write, or the project folder to merge. */
    StringProperty file() {
        return file;
    }

    /** Where an import creates the new project. */
    StringProperty folder() {
        return folder;
    }

    /** A merge's --as-coder: blank files each segment under its own coder. */
    StringProperty coder() {
        return coder;
    }

    /** What was done or would be done, or why it failed. */
    ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** Whether the merge's preview matches the current choices, so the merge may run. */
    ReadOnlyBooleanProperty previewed() {
        return previewed.getReadOnlyProperty();
    }

    /** Whether the import, export or merge has finished. */
    ReadOnlyBooleanProperty done() {
        return done.getReadOnlyProperty();
    }

    /** Previews a merge: what it would add, computed and rolled back. */
    void preview() {
        Path other = chosen();
        if (other == null) {
            return;
        }
        String asCoder = coder.get();
        start();
        session.longRead("Previewing the merge of " + other.getFileName(),
                (p, progress) -> p.refi().previewMerge(other, asCoder, progress), report -> {
                    running.set(false);
                    List<String> lines = report.lines(true);
                    summary.set("Nothing has been changed yet. The merge of " + other.getFileName()
                            + " would do this:\n" + String.join("\n", lines.subList(1, lines.size())));
                    previewed.set(true);
                }).onFailure(this::failed).start();
    }

    /** Runs the import, export or merge. */
    void run() {
        Path chosen = chosen();
        if (chosen == null) {
            return;
        }
        switch (mode) {
            case IMPORT -> runImport(chosen);
            case EXPORT -> {
                start();
                session.longRead("Exporting " + chosen.getFileName(), (p, progress) -> p.refi().exportQdpx(chosen,
                        progress), r -> finished("Wrote " + chosen + ":\n" + r.documents() + " documents, " + r.codes()
                        + " codes, " + r.segments() + " segments, " + r.participants() + " participants, " + r.memos()
                        + " memos.\nIt validates against the REFI-QDA project schema.")).onFailure(this::failed).start();
            }
            case MERGE -> {
                if (!previewed.get()) {
                    summary.set("Preview the merge first, to see what it adds");
                    return;
                }
                String asCoder = coder.get();
                start();
                session.longJob("Merging " + chosen.getFileName(), (p, progress) -> p.refi().merge(chosen, asCoder,
                        progress), r -> finished(String.join("\n", r.lines(true)))).onFailure(this::failed).start();
            }
        }
    }

    private void runImport(Path file) {
        String target = folder.get().strip();
        if (target.isEmpty()) {
            summary.set("Choose where to create the new project");
            return;
        }
        String name = Path.of(target).getFileName().toString();
        Path project = name.endsWith(Project.EXTENSION) ? Path.of(target) : Path.of(target + Project.EXTENSION);
        start();
        background.job("Importing " + file.getFileName(), progress -> RefiExchange.createProject(project, file, progress))
                .onSuccess(report -> {
                    created = project;
                    finished(String.join("\n", report.lines(false)) + (report.complete() ? ""
                            : "\nThe project was created with everything else; the codings listed could not be placed."));
                }).onFailure(this::failed).start();
    }

    /** Opens the project an import made. */
    void openCreated() {
        if (created != null && openProject != null) {
            openProject.accept(created);
        }
    }

    private Path chosen() {
        String f = file.get() == null ? "" : file.get().strip();
        if (f.isEmpty()) {
            summary.set(mode == Mode.EXPORT ? "Choose the .qdpx file to write" : "Choose a file to read");
            return null;
        }
        Path p = Path.of(f);
        if (mode != Mode.EXPORT && !Files.exists(p)) {
            summary.set("There is no " + p);
            return null;
        }
        return p;
    }

    private void start() {
        running.set(true);
        done.set(false);
        summary.set("");
    }

    private void finished(String text) {
        running.set(false);
        done.set(true);
        summary.set(text);
    }

    private void failed(String why) {
        running.set(false);
        summary.set(why);
    }
}

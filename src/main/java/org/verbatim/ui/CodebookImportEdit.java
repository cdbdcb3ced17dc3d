package org.verbatim.ui;

import java.nio.file.Path;
import org.verbatim.project.CodebookFiles;
import org.verbatim.project.Project;

/**
 * Importing a codebook file, in the undo history: undone by removing the codes it made and
 * giving the codes it changed their details back; done again from what it did the first time,
 * not from the file (which may have changed since).
 */
final class CodebookImportEdit implements CodingEdit {
    private final Path file;
    private CodebookFiles.Imported imported;

    CodebookImportEdit(Path file) {
        this.file = file;
    }

    @Override
    public String label() {
        return "Import codebook " + file.getFileName();
    }

    /** What the import did, for the status line: "12 codes created, 2 updated". */
    String outcome() {
        if (imported == null) {
            return "";
        }
        return Plural.of(imported.made().size(), "code") + " created, " + imported.changedAfter().size() + " updated";
    }

    @Override
    public void apply(Project project, SegmentIds ids) {
        if (imported == null) {
            imported = project.codebookFiles().importFile(file);
        } else {
            project.codebookFiles().redoImport(imported);
        }
    }

    @Override
    public void revert(Project project, SegmentIds ids) {
        project.codebookFiles().undoImport(imported);
    }

    @Override
    public boolean changedAnything() {
        return imported != null && (!imported.made().isEmpty() || !imported.changedAfter().isEmpty());
    }
}

package org.verbatim.ui;

import java.nio.file.Path;
import java.util.List;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.Project;

/**
 * What the main window shows of an open project, read in the background: its name, folder
 * and documents. A plain value, so the window never touches the database on the FX thread.
 */
record ProjectOverview(String name, Path folder, List<DocumentSummary> documents, int participants, int codes) {

    static ProjectOverview of(Project project) {
        return new ProjectOverview(project.name(), project.folder(), project.documents(),
                project.participants().size(), project.codes().size());
    }

    int words() {
        return documents.stream().mapToInt(DocumentSummary::words).sum();
    }

    String headline() {
        return name + " — " + documents.size() + " documents, " + String.format("%,d", words()) + " words, "
                + participants + " participants, " + codes + " codes";
    }
}

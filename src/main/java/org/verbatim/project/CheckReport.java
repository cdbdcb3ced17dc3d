package org.verbatim.project;

import java.util.List;

/** The result of checking a project's integrity: what was checked and every problem found. */
public record CheckReport(int documents, int turns, int segments, List<String> problems) {
    public boolean ok() {
        return problems.isEmpty();
    }
}

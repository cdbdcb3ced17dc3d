package org.verbatim.project;

import java.util.List;

/**
 * The result of checking a project: what was checked, every problem found in the text and its
 * codings, and what of the database file cannot be read ({@code damage}).
 */
public record CheckReport(int documents, int turns, int segments, List<String> problems, List<String> damage) {
    public CheckReport(int documents, int turns, int segments, List<String> problems) {
        this(documents, turns, segments, problems, List.of());
    }

    public boolean ok() {
        return problems.isEmpty() && damage.isEmpty();
    }

    /** Whether part of the database file cannot be read (writes are then refused). */
    public boolean damaged() {
        return !damage.isEmpty();
    }
}

package org.verbatim.ui;

import org.verbatim.project.ParticipantEdits;
import org.verbatim.project.Project;

/**
 * Removing a participant, in the undo history: undone by putting back what the removal took
 * (same id, role, attribute values, speaker labels and memos); done again by removing anew.
 */
final class ParticipantRemoval implements CodingEdit {
    private final String key;
    private ParticipantEdits.Removed removed;

    ParticipantRemoval(String key) {
        this.key = key;
    }

    @Override
    public String label() {
        return "Remove participant " + key;
    }

    @Override
    public void apply(Project project, SegmentIds ids) {
        removed = project.participantEdits().remove(key);
    }

    @Override
    public void revert(Project project, SegmentIds ids) {
        project.participantEdits().restore(removed);
    }
}

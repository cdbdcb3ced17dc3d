package org.verbatim.ui;

import java.util.function.Consumer;
import org.verbatim.project.Project;

/**
 * An edit that sets one value and is undone by setting the value it replaced: an attribute of
 * a participant or a document, the participant a speaker label stands for.
 */
final class ValueEdit implements CodingEdit {
    private final String label;
    private final Consumer<Project> set;
    private final Consumer<Project> setBack;

    ValueEdit(String label, Consumer<Project> set, Consumer<Project> setBack) {
        this.label = label;
        this.set = set;
        this.setBack = setBack;
    }

    /** A participant attribute set to {@code value}; blank clears it, as a blank {@code before} does on undo. */
    static ValueEdit participantAttribute(String key, String attribute, String before, String value) {
        return new ValueEdit(key + ": " + attribute + " = " + value,
                p -> p.setParticipantAttribute(key, attribute, value),
                p -> p.setParticipantAttribute(key, attribute, before == null ? "" : before));
    }

    static ValueEdit documentAttribute(long documentId, String documentName, String attribute, String before,
                                       String value) {
        String ref = String.valueOf(documentId);
        return new ValueEdit(documentName + ": " + attribute + " = " + value,
                p -> p.setDocumentAttribute(ref, attribute, value),
                p -> p.setDocumentAttribute(ref, attribute, before == null ? "" : before));
    }

    /** A speaker label mapped to {@code participant} (null: unmapped), undone by mapping it back to {@code before}. */
    static ValueEdit speaker(long documentId, String speaker, String before, String participant) {
        String ref = String.valueOf(documentId);
        return new ValueEdit(speaker + (participant == null ? " is not mapped" : " is " + participant),
                p -> p.mapSpeaker(ref, speaker, participant),
                p -> p.mapSpeaker(ref, speaker, before));
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Project project, SegmentIds ids) {
        set.accept(project);
    }

    @Override
    public void revert(Project project, SegmentIds ids) {
        setBack.accept(project);
    }
}

package org.verbatim.ui;

import java.util.TreeSet;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.model.ParticipantRole;
import org.verbatim.project.ParticipantView;
import org.verbatim.project.Project;

/**
 * The participants table: every participant with their attributes, each value editable. A
 * value that does not fit its attribute's type (an age of "twenty") is refused with a message,
 * and the table shows the stored value again.
 */
public final class ParticipantsViewModel {
    private final Session session;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<ParticipantView> participants = FXCollections.observableArrayList();
    private final ObservableList<String> attributes = FXCollections.observableArrayList();

    public ParticipantsViewModel(Session session) {
        this.session = session;
        session.changes().addListener((o, a, b) -> reload());
    }

    public void reload() {
        session.read("Reading participants", Project::participants, list -> {
            TreeSet<String> names = new TreeSet<>();
            list.forEach(p -> names.addAll(p.attributes().keySet()));
            if (!attributes.equals(java.util.List.copyOf(names))) {
                attributes.setAll(names);
            }
            participants.setAll(list);
        });
    }

    /** Sets one attribute value (blank clears it) as an edit of the undo history; a refused value is shown as stored again. */
    public void setAttribute(ParticipantView participant, String attribute, String value) {
        ValueEdit edit = ValueEdit.participantAttribute(participant.key(), attribute,
                participant.attributes().get(attribute), value);
        session.history().perform(edit, () -> {
            message.set(edit.label());
            return edit.label();
        }, () -> {
            message.set(session.history().message().get());
            reload();
        });
    }

    /** Sets a participant's role: the analyses count respondents as participants. */
    public void setRole(ParticipantView participant, ParticipantRole role) {
        session.change("Setting the role of " + participant.key(), p -> {
            p.setParticipantRole(participant.key(), role);
            return null;
        }, r -> message.set(participant.key() + ": role = " + role.label()), failure -> {
            message.set(failure);
            reload();
        });
    }

    /** Adds a participant (id required, name optional) as an edit of the undo history; a taken id is refused. */
    public void add(String key, String name) {
        String k = key == null ? "" : key.strip();
        String n = name == null || name.isBlank() ? null : name.strip();
        perform(new ValueEdit("New participant " + k + (n == null ? "" : " (" + n + ")"),
                p -> p.participantEdits().add(k, n), p -> p.participantEdits().undoAdd(k)));
    }

    /** Gives a participant a new display name, as an edit of the undo history; an empty name is refused. */
    public void rename(ParticipantView participant, String name) {
        if (name == null || name.isBlank()) {
            message.set("Not renamed: a participant's name cannot be empty");
            return;
        }
        String before = participant.name();
        String after = name.strip();
        perform(new ValueEdit("Rename participant " + participant.key() + " to " + after,
                p -> p.participantEdits().rename(participant.key(), after),
                p -> p.participantEdits().rename(participant.key(), before)));
    }

    /** Removes a participant with their attribute values, speaker mappings and memos; Ctrl+Z brings it all back. */
    public void remove(ParticipantView participant) {
        perform(new ParticipantRemoval(participant.key()));
    }

    private void perform(CodingEdit edit) {
        session.history().perform(edit, () -> {
            message.set(edit.label());
            return edit.label();
        }, () -> message.set(session.history().message().get()));
    }

    public ObservableList<ParticipantView> participants() {
        return participants;
    }

    /** The participant attributes in use, alphabetically: one table column each. */
    public ObservableList<String> attributes() {
        return attributes;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}

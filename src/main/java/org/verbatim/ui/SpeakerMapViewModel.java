package org.verbatim.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.project.ParticipantView;
import org.verbatim.project.SpeakerView;

/** The speakers → participants dialog of one document: each speaker label and who it is. */
public final class SpeakerMapViewModel {
    private final Session session;
    private final long documentId;
    private final ObservableList<SpeakerView> speakers = FXCollections.observableArrayList();
    private final ObservableList<String> participants = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** A record of what the dialog needs, read in one go. */
    private record Loaded(List<SpeakerView> speakers, List<ParticipantView> participants) { }

    public SpeakerMapViewModel(Session session, long documentId) {
        this.session = session;
        this.documentId = documentId;
    }

    public void load() {
        String ref = String.valueOf(documentId);
        session.read("Reading speakers", p -> new Loaded(p.speakers(ref), p.participants()), loaded -> {
            speakers.setAll(loaded.speakers());
            participants.setAll(loaded.participants().stream().map(ParticipantView::key).toList());
        });
    }

    /** Maps a speaker label to a participant (by id), as an edit of the undo history; null or blank unmaps it. */
    public void map(String speaker, String participantKey) {
        String key = participantKey == null || participantKey.isBlank() ? null : participantKey;
        String before = speakers.stream().filter(s -> s.speaker().equals(speaker)).map(SpeakerView::participant)
                .findFirst().orElse(null);
        ValueEdit edit = ValueEdit.speaker(documentId, speaker, before, key);
        session.history().perform(edit, () -> {
            message.set(edit.label());
            load();
            return edit.label() + " (Ctrl+Z undoes)";
        }, () -> message.set(session.history().message().get()));
    }

    public ObservableList<SpeakerView> speakers() {
        return speakers;
    }

    /** Participant ids to choose from. */
    public ObservableList<String> participants() {
        return participants;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}

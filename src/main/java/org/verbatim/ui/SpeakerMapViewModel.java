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
    private static final String SEPARATOR = " · ";

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
            participants.setAll(loaded.participants().stream().map(SpeakerMapViewModel::label).toList());
        });
    }

    /** How a participant is offered: the id, then the name when there is one ({@code TOM-R12 · Roman I.}). */
    static String label(ParticipantView p) {
        return p.name() == null || p.name().isBlank() || p.name().equals(p.key()) ? p.key() : p.key() + SEPARATOR + p.name();
    }

    /** The participant id of an offered label (or of a bare id). */
    static String keyOf(String label) {
        int at = label.indexOf(SEPARATOR);
        return at < 0 ? label : label.substring(0, at);
    }

    /**
     * Makes a participant (id {@code key}, named after the speaker label) for a speaker without
     * one and maps the label to them, as one edit of the undo history.
     */
    public void createParticipant(String speaker, String key) {
        String ref = String.valueOf(documentId);
        ValueEdit edit = new ValueEdit("New participant " + key + " for " + speaker,
                p -> p.speakerParticipants().create(ref, speaker, key, speaker),
                p -> p.speakerParticipants().undoCreate(ref, speaker, key));
        session.history().perform(edit, () -> {
            message.set(speaker + " is " + key + " (new participant; Ctrl+Z undoes)");
            load();
            return edit.label();
        }, () -> message.set(session.history().message().get()));
    }

    /** Maps a speaker label to a participant (by id, or as offered), as an edit of the undo history; null or blank unmaps it. */
    public void map(String speaker, String participantKey) {
        String key = participantKey == null || participantKey.isBlank() ? null : keyOf(participantKey);
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

    /** Participants to choose from, as {@link #label} shows them. */
    public ObservableList<String> participants() {
        return participants;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}

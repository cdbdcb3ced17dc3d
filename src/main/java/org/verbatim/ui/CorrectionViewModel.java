package org.verbatim.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.verbatim.project.CorrectionReport;
import org.verbatim.project.DocumentDetail;
import org.verbatim.project.DocumentVersion;
import org.verbatim.project.SegmentView;
import org.verbatim.project.SpeakerLine;
import org.verbatim.project.TextDiff;

/**
 * Correcting the open transcript in the window: an edit mode in which the text can be changed
 * and the highlights follow the words as they are typed (through the same comparison a save
 * makes), a review of what saving does to the coding, then Save — one step of the undo
 * history — or Cancel. Also reads a document's versions and the differences between them.
 */
public final class CorrectionViewModel {
    private final Session session;
    private final TranscriptViewModel transcript;
    private final CodingViewModel coding;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<CodingLayers> liveLayers = new ReadOnlyObjectWrapper<>(
            new CodingLayers("", List.of()));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private DocumentDetail original;
    private List<SegmentView> originalSegments = List.of();
    private String draft = "";
    private boolean saved;

    public CorrectionViewModel(Session session, TranscriptViewModel transcript, CodingViewModel coding) {
        this.session = session;
        this.transcript = transcript;
        this.coding = coding;
        coding.blockUndoWhile(editing.getReadOnlyProperty());
    }

    /** False while the project cannot be changed (opened read-only, or a team server away): no edit mode then. */
    public javafx.beans.binding.BooleanBinding canChange() {
        return session.canChange();
    }

    /** Starts editing the open document's text; false when no document is open. */
    public boolean start() {
        DocumentDetail open = transcript.document().get();
        if (open == null) {
            message.set("Open a transcript first, then edit its text");
            return false;
        }
        original = open;
        originalSegments = List.copyOf(transcript.segments());
        draft = open.text();
        liveLayers.set(new CodingLayers(draft, originalSegments));
        editing.set(true);
        message.set("Editing " + open.document().name() + ": correct words, labels and turns, then Save or Cancel");
        return true;
    }

    /** The text as it is being edited: the highlights are laid over it again, each segment on its words. */
    public void draftChanged(String text) {
        if (!editing.get()) {
            return;
        }
        draft = text;
        TextDiff diff = TextDiff.between(original.text(), text);
        List<SegmentView> moved = new ArrayList<>();
        for (SegmentView s : originalSegments) {
            diff.mapRange(s.start(), s.end()).ifPresent(r -> moved.add(new SegmentView(s.id(), s.documentId(),
                    s.document(), s.codeId(), s.code(), r[0], r[1], s.coder(), text.substring(r[0], r[1]), s.memo(),
                    s.participants(), s.participantAttributes(), s.documentAttributes(), s.createdAt())));
        }
        liveLayers.set(new CodingLayers(text, moved));
    }

    /** Works out what saving the draft does to the coding, and hands it to {@code then}; saves nothing. */
    public void review(Consumer<CorrectionReport> then) {
        if (!editing.get()) {
            return;
        }
        if (draft.equals(original.text())) {
            message.set("Nothing changed yet: correct the text, or Cancel");
            return;
        }
        String ref = String.valueOf(original.document().id());
        String text = draft;
        session.read("Comparing the corrected text", p -> p.corrections().preview(ref, text), then,
                message::set);
    }

    /**
     * Saves the draft as one step of the undo history. {@code removeLost} confirms that segments
     * losing all their words may go; without it such a save is refused.
     */
    public void save(boolean removeLost) {
        if (!editing.get()) {
            return;
        }
        coding.correct(original.document().id(), original.document().name(), draft, removeLost, () -> {
            saved = true;
            editing.set(false);
            message.set("Saved the corrected text of " + original.document().name());
        });
    }

    /** Leaves edit mode without saving; the view shows the saved text again. */
    public void cancel() {
        saved = false;
        editing.set(false);
        message.set("Correction cancelled; nothing was saved");
    }

    /** The draft with the turn at {@code caret} split there: a new line starting with the same speaker label (no time). */
    public static Edit split(String text, int caret) {
        int lineStart = TranscriptViewModel.lineStart(text, caret);
        String label = SpeakerLine.of(text.substring(lineStart, lineEnd(text, lineStart)))
                .map(l -> l.speaker() + ": ").orElse("");
        int at = caret;
        while (at > lineStart && text.charAt(at - 1) == ' ') {
            at--;
        }
        int after = caret;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return new Edit(at, after, "\n" + label);
    }

    /** The draft with the line at {@code caret} joined to the line before, its speaker label taken out. */
    public static Edit join(String text, int caret) {
        int lineStart = TranscriptViewModel.lineStart(text, caret);
        if (lineStart == 0) {
            return null;
        }
        int end = lineStart + SpeakerLine.of(text.substring(lineStart, lineEnd(text, lineStart)))
                .map(SpeakerLine::wordsStart).orElse(0);
        return new Edit(lineStart - 1, end, " ");
    }

    /** A change of the draft: {@code [start, end)} replaced by {@code text}. */
    public record Edit(int start, int end, String text) { }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** Reads the versions of the open document. */
    public void history(Consumer<List<DocumentVersion>> then) {
        DocumentDetail open = transcript.document().get();
        if (open == null) {
            return;
        }
        session.read("Reading the versions", p -> p.corrections().history(String.valueOf(open.document().id())),
                then, message::set);
    }

    /** How version {@code to} of the open document differs from version {@code from}. */
    public void difference(int from, int to, Consumer<List<TextDiff.Piece>> then) {
        DocumentDetail open = transcript.document().get();
        if (open == null) {
            return;
        }
        session.read("Comparing versions", p -> p.corrections().difference(String.valueOf(open.document().id()),
                from, to).pieces(), then, message::set);
    }

    public ReadOnlyBooleanProperty editing() {
        return editing.getReadOnlyProperty();
    }

    /** The segments laid over the draft, each on its words. */
    public ReadOnlyObjectProperty<CodingLayers> liveLayers() {
        return liveLayers.getReadOnlyProperty();
    }

    /** Whether the last edit mode ended with a save (the text shown is then the saved one already). */
    public boolean endedBySaving() {
        return saved;
    }

    public String draft() {
        return draft;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}

package org.verbatim.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.project.MemoView;

/**
 * Every memo of the project — on the project, documents, codes, participants and segments,
 * segments' own memos included — newest first, filtered by what they are on and by the words
 * typed; and writing, changing and deleting them, each a step of the project's undo history.
 */
public final class MemosViewModel {
    /** What the list shows: all memos or those on one kind of thing. */
    public enum Kind {
        ALL("All memos", null), PROJECT("On the project", MemoTarget.PROJECT), DOCUMENT("On documents",
                MemoTarget.DOCUMENT), CODE("On codes", MemoTarget.CODE), PARTICIPANT("On participants",
                MemoTarget.PARTICIPANT), SEGMENT("On segments", MemoTarget.SEGMENT);

        private final String label;
        private final MemoTarget target;

        Kind(String label, MemoTarget target) {
            this.label = label;
            this.target = target;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Session session;
    private final EditHistory history;
    private final ObservableList<MemoView> all = FXCollections.observableArrayList();
    private final FilteredList<MemoView> shown = new FilteredList<>(all);
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.ALL);
    private final StringProperty filter = new SimpleStringProperty("");

    public MemosViewModel(Session session) {
        this.session = session;
        this.history = session.history();
        session.changes().addListener((o, a, b) -> reload());
        kind.addListener((o, a, b) -> refilter());
        filter.addListener((o, a, b) -> refilter());
    }

    /** The session this works on: its panes disable what changes the project while a team server is away. */
    Session session() {
        return session;
    }

    public void reload() {
        session.read("Reading memos", p -> p.memoEditing().list(), all::setAll);
    }

    private void refilter() {
        Kind k = kind.get() == null ? Kind.ALL : kind.get();
        String[] words = filter.get() == null ? new String[0]
                : filter.get().toLowerCase(Locale.ROOT).strip().split("\\s+");
        shown.setPredicate(m -> (k.target == null || m.target() == k.target) && matches(m, words));
    }

    private static boolean matches(MemoView m, String[] words) {
        String haystack = (m.on() + "\n" + m.title() + "\n" + m.text() + "\n" + (m.author() == null ? "" : m.author()))
                .toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!w.isEmpty() && !haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Every memo, unfiltered. */
    public ObservableList<MemoView> all() {
        return all;
    }

    /** The memos the list shows: of the chosen kind, holding every word typed in the filter. */
    public ObservableList<MemoView> shown() {
        return shown;
    }

    public ObjectProperty<Kind> kind() {
        return kind;
    }

    public StringProperty filter() {
        return filter;
    }

    /** The first memo on a target (by the target's id; the project has none), if there is one. */
    public Optional<MemoView> on(MemoTarget target, Long targetId) {
        return all.stream().filter(m -> !m.segmentsOwn() && m.target() == target
                && java.util.Objects.equals(m.memo().targetId(), targetId)).findFirst();
    }

    /** The memos on a document itself. */
    public List<MemoView> onDocument(long documentId) {
        return all.stream().filter(m -> m.target() == MemoTarget.DOCUMENT && m.documentId() == documentId).toList();
    }

    /** The memos on segments of a document (segments' own and the project's), in the order of the text. */
    public List<MemoView> onSegmentsOf(long documentId) {
        return all.stream().filter(m -> m.target() == MemoTarget.SEGMENT && m.documentId() != null
                && m.documentId() == documentId).sorted(java.util.Comparator.comparingInt(MemoView::start)).toList();
    }

    /**
     * Writes a new memo on a target ({@code ref} as the project names it: a document's id, a
     * code's path, a participant's id; null for the project); {@code on} names it for the user.
     */
    public void write(MemoTarget target, String ref, String on, String title, String text) {
        if (text == null || text.isBlank()) {
            history.say("The memo is empty: nothing written");
            return;
        }
        history.perform(new MemoEdits.Write(target, ref, on, title, text.strip()));
    }

    /** Gives a memo a new title and text; a blank text deletes it. */
    public void change(MemoView memo, String title, String text) {
        if (text == null || text.isBlank()) {
            delete(memo);
        } else if (memo.segmentsOwn()) {
            history.perform(new CodingEdit.Memo(memo.segmentId(), memo.text(), text.strip()));
        } else {
            history.perform(new MemoEdits.Change(memo.memo(), memo.on(), title, text.strip()));
        }
    }

    public void delete(MemoView memo) {
        if (memo.segmentsOwn()) {
            history.perform(new CodingEdit.Memo(memo.segmentId(), memo.text(), ""));
        } else {
            history.perform(new MemoEdits.Delete(memo.memo(), memo.on()));
        }
    }
}

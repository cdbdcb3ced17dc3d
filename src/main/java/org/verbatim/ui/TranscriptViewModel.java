package org.verbatim.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.project.DocumentDetail;
import org.verbatim.project.Project;
import org.verbatim.project.ProjectException;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;
import org.verbatim.project.TurnView;

/**
 * The open transcript: its text and turns, its segments laid over the text
 * ({@link CodingLayers}), the current selection (snapped to whole words), and the passage the
 * view should bring into sight when a segment is chosen elsewhere.
 */
public final class TranscriptViewModel {
    private final Session session;
    private final ReadOnlyObjectWrapper<DocumentDetail> document = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SegmentView> segments = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CodingLayers> layers = new ReadOnlyObjectWrapper<>(new CodingLayers("", List.of()));
    private final ObjectProperty<TextRange> selection = new SimpleObjectProperty<>(new TextRange(0, 0));
    private final ReadOnlyObjectWrapper<TextRange> reveal = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TextRange> marks = FXCollections.observableArrayList();

    /** A document with its segments, read together so the view never shows one without the other. */
    private record Loaded(DocumentDetail detail, List<SegmentView> segments) { }

    /** The most lines a document may have to be shown in the window (fifty times a long focus group). */
    static final int MAX_LINES_SHOWN = 100_000;

    public TranscriptViewModel(Session session) {
        this.session = session;
        session.changes().addListener((o, a, b) -> reload());
    }

    /** Opens a document (by id); {@code then} runs once it is shown. */
    public void open(long documentId, Runnable then) {
        session.read("Opening document " + documentId, p -> load(p, String.valueOf(documentId)), loaded -> {
            selection.set(new TextRange(0, 0));
            reveal.set(null);
            segments.setAll(loaded.segments());
            layers.set(new CodingLayers(loaded.detail().text(), loaded.segments()));
            document.set(loaded.detail());
            then.run();
        });
    }

    public void open(long documentId) {
        open(documentId, () -> { });
    }

    /** Opens the segment's document if needed and asks the view to select and show the segment. */
    public void reveal(SegmentView segment) {
        reveal(segment.documentId(), segment.start(), segment.end());
    }

    /** Opens the document if needed and asks the view to select and show {@code [start, end)} of it (a search hit). */
    public void reveal(long documentId, int start, int end) {
        Runnable show = () -> {
            TextRange range = new TextRange(start, end);
            selection.set(range);
            // Cleared first, so asking again for the same passage (scrolled away since) shows it again.
            reveal.set(null);
            reveal.set(range);
        };
        if (document.get() != null && document.get().document().id() == documentId) {
            show.run();
        } else {
            open(documentId, show);
        }
    }

    /**
     * Reads the open document again after a change: its segments, and its details too, since a
     * speaker mapped to a participant or an edited attribute changes the turns and the header.
     */
    private void reload() {
        DocumentDetail open = document.get();
        if (open == null) {
            return;
        }
        String ref = String.valueOf(open.document().id());
        session.read("Reading the open document", p -> load(p, ref), loaded -> {
            if (document.get() == open) {
                segments.setAll(loaded.segments());
                layers.set(new CodingLayers(loaded.detail().text(), loaded.segments()));
                document.set(loaded.detail());
            }
        }, message -> {
            if (document.get() == open) {
                close();
            }
        });
    }

    private static Loaded load(Project p, String ref) {
        DocumentDetail detail = p.document(ref);
        refuseTooLongToShow(detail);
        return new Loaded(detail, p.segments(ofDocument(ref)));
    }

    /**
     * The text view lays out every line of a document at once: a document of a million lines
     * would hold the window for minutes. Such a document is refused with the ways to work with it.
     */
    static void refuseTooLongToShow(DocumentDetail detail) {
        String text = detail.text();
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0 && lines <= MAX_LINES_SHOWN; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        if (lines > MAX_LINES_SHOWN) {
            throw new ProjectException(String.format(java.util.Locale.ROOT, "%s has more than %,d lines, more than the"
                    + " window can show; search it and retrieve its coded passages here, or read it with:"
                    + " verbatim show PROJECT %d", detail.document().name(), MAX_LINES_SHOWN, detail.document().id()));
        }
    }

    /** Shows no document (the open one is gone). */
    private void close() {
        selection.set(new TextRange(0, 0));
        reveal.set(null);
        segments.clear();
        layers.set(new CodingLayers("", List.of()));
        document.set(null);
    }

    private static SegmentFilter ofDocument(String ref) {
        return new SegmentFilter(null, Map.of(), null, List.of(ref));
    }

    /** Sets the selection from the view's raw selection, widened to whole words; returns it. */
    public TextRange select(int start, int end) {
        DocumentDetail open = document.get();
        TextRange snapped = open == null ? new TextRange(0, 0) : WordSnap.snap(open.text(), start, end);
        selection.set(snapped);
        return snapped;
    }

    /** The selected text, or empty. */
    public String selectedText() {
        DocumentDetail open = document.get();
        TextRange r = selection.get();
        return open == null || r.isEmpty() ? "" : open.text().substring(r.start(), r.end());
    }

    /** The turn at a position of the text, if any (for the speaker's participant on hover). */
    public Optional<TurnView> turnAt(int offset) {
        DocumentDetail open = document.get();
        if (open == null) {
            return Optional.empty();
        }
        return open.turns().stream().filter(t -> lineStart(open.text(), t.start()) <= offset && offset < t.end())
                .findFirst();
    }

    /** Where the line of a turn begins: its speaker label (and time) stand before the turn's words. */
    public static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    public ReadOnlyObjectProperty<DocumentDetail> document() {
        return document.getReadOnlyProperty();
    }

    public ObservableList<SegmentView> segments() {
        return segments;
    }

    public ReadOnlyObjectProperty<CodingLayers> layers() {
        return layers.getReadOnlyProperty();
    }

    public ObjectProperty<TextRange> selection() {
        return selection;
    }

    /** The search hits in the open document, marked in the text. */
    public ObservableList<TextRange> marks() {
        return marks;
    }

    /** The passage the view should select and scroll to. */
    public ReadOnlyObjectProperty<TextRange> reveal() {
        return reveal.getReadOnlyProperty();
    }
}

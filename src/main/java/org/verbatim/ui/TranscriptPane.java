package org.verbatim.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.verbatim.project.DocumentDetail;
import org.verbatim.project.SegmentView;
import org.verbatim.project.TurnView;

/**
 * The transcript: a virtualised rich-text view (RichTextFX) of the document's text with speaker
 * labels in bold and coded passages highlighted in their code's colour — where codes overlap,
 * the shortest passage gives the background and the next one an underline in its colour. The
 * margin beside each paragraph shows the turn's time (where the text does not) and, beside each
 * wrapped line, a coding stripe for every segment with words on that line; hovering names codes,
 * coders and the speaker's participant.
 */
final class TranscriptPane {
    private static final double STRIPE = 5;

    private final TranscriptViewModel model;
    private final CodebookViewModel codebook;
    private final CodingViewModel coding;
    private final CodeDrops drops;
    private final Consumer<SegmentView> segmentChosen;
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final Label title = new Label("Choose a document on the left");
    private final Label subtitle = new Label();
    private final Popup hover = new Popup();
    private final Label hoverText = new Label();
    private final BorderPane root;
    private int[] paragraphStarts = {0};
    /** Whether this document has turn times that its text does not show (subtitles): then the margin shows them. */
    private boolean marginTimes;
    private boolean pressedInSelection;
    private boolean draggingSelection;
    /** Whether the text is being corrected: then the area shows the draft, and the saved document waits. */
    private boolean editingText;
    private final VBox header;
    /** Where memos are (margin marks, the document's memo); null until the workspace shows memos. */
    private MemoMarks memoMarks;

    TranscriptPane(TranscriptViewModel model, CodebookViewModel codebook, CodingViewModel coding, CodeDrops drops,
                   Consumer<SegmentView> segmentChosen, Runnable codeWith, Runnable mapSpeakers) {
        this.model = model;
        this.codebook = codebook;
        this.coding = coding;
        this.drops = drops;
        this.segmentChosen = segmentChosen;
        area.setId("transcript");
        area.getStyleClass().add("transcript");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPadding(new javafx.geometry.Insets(8, 16, 8, 4));
        title.getStyleClass().add("transcript-title");
        title.setId("transcript-title");
        subtitle.getStyleClass().add("muted");
        header = new VBox(2, title, subtitle);
        header.getStyleClass().add("transcript-header");

        hoverText.getStyleClass().add("hover-note");
        hoverText.setId("hover-note");
        hoverText.setWrapText(true);
        hoverText.setMaxWidth(420);
        hover.getContent().add(hoverText);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            if (editingText) {
                return;
            }
            String note = describe(e.getCharacterIndex());
            if (!note.isEmpty() && area.getScene() != null) {
                hoverText.setText(note);
                hover.show(area, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 14);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());

        area.selectionProperty().addListener((o, a, sel) -> model.select(sel.getStart(), sel.getEnd()));
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, new SegmentBoundsKeys(model, coding)::handle);
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> snapSelection());
        // A press inside the selection may start dragging it onto a code. The text area (not
        // editable) would start a new selection there, so it does not see that press; a click
        // without a drag places the caret as usual.
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            var sel = area.getSelection();
            int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
            pressedInSelection = !editingText && e.isPrimaryButtonDown() && e.getClickCount() == 1
                    && sel.getLength() > 0
                    && at >= sel.getStart() && at < sel.getEnd();
            draggingSelection = false;
            if (pressedInSelection) {
                area.requestFocus();
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressedInSelection) {
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressedInSelection && !draggingSelection) {
                area.moveTo(area.hit(e.getX(), e.getY()).getInsertionIndex());
            }
            pressedInSelection = false;
        });
        area.addEventFilter(MouseEvent.DRAG_DETECTED, e -> {
            if (pressedInSelection) {
                draggingSelection = true;
                // Dragging the selection onto a code in the codebook codes it with that code.
                var board = area.startDragAndDrop(TransferMode.LINK);
                ClipboardContent content = new ClipboardContent();
                content.put(CodebookPane.PASSAGE, model.selectedText());
                board.setContent(content);
                e.consume();
            }
        });
        area.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(CodebookPane.CODE)) {
                e.acceptTransferModes(TransferMode.ANY);
            }
        });
        area.setOnDragDropped(e -> {
            if (e.getDragboard().hasContent(CodebookPane.CODE)) {
                drops.passageAndCode((String) e.getDragboard().getContent(CodebookPane.CODE));
                e.setDropCompleted(true);
            }
        });
        area.setOnContextMenuRequested(e -> {
            if (editingText) {
                return;
            }
            int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
            contextMenu(at, codeWith, mapSpeakers).show(area, e.getScreenX(), e.getScreenY());
            e.consume();
        });

        model.document().addListener((o, a, doc) -> {
            if (editingText) {
                return;
            }
            // The same document read again after a change: new header and turns, same text, so keep the place.
            if (a != null && doc != null && a.document().id() == doc.document().id()
                    && area.getText().equals(doc.text())) {
                showHeader(doc);
                // After a saved correction the text shown is already the new one, with paragraphs of its own.
                paragraphs(doc);
                restyle();
            } else {
                show(doc);
            }
        });
        model.layers().addListener((o, a, layers) -> restyle());
        model.marks().addListener((javafx.collections.ListChangeListener<TextRange>) c -> restyle());
        model.reveal().addListener((o, a, range) -> {
            if (range != null) {
                area.selectRange(range.start(), range.end());
                // The whole turn from its speaker label down; a turn taller than the view then scrolls to the passage.
                area.showParagraphAtTop(area.offsetToPosition(range.start(),
                        org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
                // Once laid out (a pulse later): a turn taller than the view scrolls on to the passage.
                javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(() -> {
                    if (model.reveal().get() == range && area.getCaretBounds().isEmpty()) {
                        area.requestFollowCaret();
                    }
                }));
            }
        });
        VirtualizedScrollPane<InlineCssTextArea> scroll = new VirtualizedScrollPane<>(area);
        root = new BorderPane(scroll, header, null, null, null);
    }

    BorderPane root() {
        return root;
    }

    InlineCssTextArea area() {
        return area;
    }

    /** Puts the edit bar (Edit text, Versions; while editing Save and Cancel) under the title. */
    void attachEditing(TranscriptEditing editing) {
        header.getChildren().add(editing.bar());
    }

    /** Shows where memos are: a mark in the margin beside passages with a memo, the document's memo under the title. */
    void showMemos(MemoMarks marks) {
        memoMarks = marks;
        header.getChildren().add(Math.min(2, header.getChildren().size()), marks.documentButton(model.document()));
        marks.onChange(() -> {
            DocumentDetail doc = model.document().get();
            if (!editingText && doc != null && area.getLength() == doc.text().length()) {
                area.setParagraphGraphicFactory(this::margin);
            }
        });
    }

    /** The text is being corrected: coding margins and hover notes would point at the wrong words, so they go. */
    void beginEditing() {
        editingText = true;
        hover.hide();
        area.setParagraphGraphicFactory(null);
    }

    /**
     * Editing is over. Cancelled: the saved document is shown again. Saved: the text shown is the
     * new one, and the document read again after the save restyles it in place.
     */
    void endEditing(boolean saved) {
        editingText = false;
        if (saved) {
            return;
        }
        int caret = area.getCaretPosition();
        show(model.document().get());
        if (caret <= area.getLength()) {
            area.moveTo(caret);
            area.requestFollowCaret();
        }
    }

    /** While editing: the highlights of the segments as they lie over the draft. */
    void styleWhileEditing(CodingLayers layers) {
        if (layers.length() != area.getLength() || layers.length() == 0) {
            return;
        }
        StyleSpansBuilder<String> coded = new StyleSpansBuilder<>();
        for (CodingLayers.Run run : layers.runs()) {
            coded.add(style(run.segments()), run.end() - run.start());
        }
        area.setStyleSpans(0, coded.create());
    }

    void setFontSize(double size) {
        area.setStyle("-fx-font-size: " + size + "px;");
    }

    private void snapSelection() {
        TextRange snapped = model.selection().get();
        var sel = area.getSelection();
        if (!snapped.isEmpty() && (sel.getStart() != snapped.start() || sel.getEnd() != snapped.end())) {
            area.selectRange(snapped.start(), snapped.end());
        }
    }

    private void show(DocumentDetail doc) {
        hover.hide();
        if (doc == null) {
            area.clear();
            return;
        }
        showHeader(doc);
        paragraphs(doc);
        area.replaceText(doc.text());
        restyle();
        // Shown from the top without asking to follow the caret: a passage revealed next keeps its place.
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    /** Where the paragraphs of the document's text start, and whether the margin shows turn times. */
    private void paragraphs(DocumentDetail doc) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        String text = doc.text();
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        paragraphStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        marginTimes = doc.turns().stream().anyMatch(t -> t.timestampMs() != null && !text.substring(
                TranscriptViewModel.lineStart(text, t.start()), t.start()).matches(".*\\d:\\d\\d.*"));
    }

    private void showHeader(DocumentDetail doc) {
        title.setText(doc.document().name());
        List<String> facts = new ArrayList<>();
        doc.document().attributes().forEach((k, v) -> facts.add(v));
        facts.add(Plural.of(doc.document().turns(), "turn"));
        facts.add(Plural.of(doc.document().words(), "word"));
        facts.add(doc.document().language());
        subtitle.setText(String.join(" · ", facts));
    }

    /** Highlights and stripes for the current segments, and bold speaker labels. */
    private void restyle() {
        DocumentDetail doc = model.document().get();
        CodingLayers layers = model.layers().get();
        if (editingText || doc == null || doc.text().isEmpty() || area.getLength() != doc.text().length()
                || layers.length() != doc.text().length()) {
            return;
        }
        StyleSpansBuilder<String> coded = new StyleSpansBuilder<>();
        for (CodingLayers.Run run : layers.runs()) {
            coded.add(style(run.segments()), run.end() - run.start());
        }
        StyleSpansBuilder<String> labels = new StyleSpansBuilder<>();
        int at = 0;
        for (TurnView t : doc.turns()) {
            int from = TranscriptViewModel.lineStart(doc.text(), t.start());
            if (from < at || t.start() <= from) {
                continue;
            }
            labels.add("", from - at);
            labels.add("-fx-font-weight: bold;", t.start() - from);
            at = t.start();
        }
        labels.add("", doc.text().length() - at);
        StyleSpans<String> spans = coded.create().overlay(labels.create(), (a, b) -> a + b)
                .overlay(SearchMarks.spans(model.marks(), doc.text().length()), (a, b) -> a + b);
        area.setStyleSpans(0, spans);
        area.setParagraphGraphicFactory(this::margin);
    }

    private String style(List<SegmentView> covering) {
        if (covering.isEmpty()) {
            return "";
        }
        String first = codebook.colour(covering.get(0).codeId());
        StringBuilder css = new StringBuilder("-rtfx-background-color: ")
                .append(Ui.rgba(first, covering.size() > 1 ? 0.55 : 0.40)).append(';');
        if (covering.size() > 1) {
            css.append("-rtfx-underline-color: ").append(codebook.colour(covering.get(1).codeId()))
                    .append(";-rtfx-underline-width: 2.5px;-rtfx-underline-cap: butt;");
        }
        return css.toString();
    }

    /** The margin of one paragraph: the turn's time, then one stripe column per code of the document. */
    private Node margin(int paragraph) {
        DocumentDetail doc = model.document().get();
        CodingLayers layers = model.layers().get();
        if (doc == null || paragraph >= paragraphStarts.length) {
            return new Region();
        }
        int from = paragraphStarts[paragraph];
        int to = paragraph + 1 < paragraphStarts.length ? paragraphStarts[paragraph + 1] - 1 : doc.text().length();
        Label time = new Label(timeOf(doc, from, to));
        time.getStyleClass().add("margin-time");
        time.setMinWidth(54);
        time.setPrefWidth(54);
        time.setAlignment(Pos.TOP_RIGHT);
        StripeColumn stripes = new StripeColumn(layers, paragraph, from, to);
        HBox box = marginTimes ? new HBox(6, time, stripes) : new HBox(stripes);
        if (memoMarks != null && memoMarks.hasColumn(doc.document().id())) {
            box.getChildren().add(memoMarks.margin(doc.document().id(), from, to));
        }
        box.setPadding(new javafx.geometry.Insets(0, 6, 0, 6));
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    /** The turn's time for the margin, unless the line already shows it in its label. */
    private static String timeOf(DocumentDetail doc, int from, int to) {
        for (TurnView t : doc.turns()) {
            if (t.start() >= from && t.start() <= to && t.timestampMs() != null) {
                String label = doc.text().substring(from, t.start());
                if (label.matches(".*\\d:\\d\\d.*")) {
                    return "";
                }
                long s = t.timestampMs() / 1000;
                return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
            }
        }
        return "";
    }

    /**
     * Stripes beside one paragraph: each segment's stripe runs beside the lines of the paragraph
     * that hold its words, so every line shows every code present on it.
     */
    private final class StripeColumn extends Region {
        private final int paragraph;
        private final List<Rectangle> bars = new ArrayList<>();
        /** Per bar: the paragraph columns of its first and last character. */
        private final List<int[]> spans = new ArrayList<>();
        private final int length;

        StripeColumn(CodingLayers layers, int paragraph, int from, int to) {
            this.paragraph = paragraph;
            getStyleClass().add("stripes");
            double width = Math.max(1, layers.columnCount()) * (STRIPE + 1) + 2;
            setMinWidth(width);
            setPrefWidth(width);
            length = Math.max(1, to - from);
            for (SegmentView s : layers.overlapping(from, to)) {
                Rectangle bar = new Rectangle(STRIPE, 1, Ui.color(codebook.colour(s.codeId())));
                bar.getStyleClass().add("stripe");
                bar.setUserData(s);
                bar.setLayoutX(layers.column(s) * (STRIPE + 1));
                Tooltip.install(bar, new Tooltip(s.code() + " — " + s.coder()));
                bar.setOnMouseClicked(e -> segmentChosen.accept(s));
                bar.setCursor(javafx.scene.Cursor.HAND);
                bars.add(bar);
                int first = Math.max(0, s.start() - from);
                spans.add(new int[] {first, Math.max(first, Math.min(length, s.end() - from) - 1)});
            }
            getChildren().addAll(bars);
        }

        @Override
        protected void layoutChildren() {
            double h = getHeight();
            int lines = lines();
            for (int i = 0; i < bars.size(); i++) {
                double top = Math.floor(lineOf(spans.get(i)[0], lines) * h / lines);
                double bottom = Math.ceil((lineOf(spans.get(i)[1], lines) + 1) * h / lines);
                bars.get(i).setLayoutY(top);
                bars.get(i).setHeight(Math.max(3, bottom - top));
            }
        }

        /** The paragraph's wrapped lines, as the text area has laid them out (1 before it has). */
        private int lines() {
            try {
                return Math.max(1, area.getParagraphLinesCount(paragraph));
            } catch (RuntimeException notShownYet) {
                return 1;
            }
        }

        /** The wrapped line holding a column; before the paragraph is laid out, its share of the characters. */
        private int lineOf(int column, int lines) {
            try {
                return Math.min(lines - 1, Math.max(0, area.lineIndex(paragraph, column)));
            } catch (RuntimeException notShownYet) {
                return Math.min(lines - 1, column * lines / length);
            }
        }
    }

    /** What hovering at {@code offset} tells: the speaker's participant, and each code with its coder. */
    private String describe(int offset) {
        List<String> lines = new ArrayList<>();
        model.turnAt(offset).ifPresent(t -> {
            DocumentDetail doc = model.document().get();
            if (offset < t.start() && offset >= TranscriptViewModel.lineStart(doc.text(), t.start())) {
                lines.add(t.speaker() + " — " + (t.participant() == null ? "not mapped to a participant"
                        : "participant " + t.participant()));
            }
        });
        for (SegmentView s : model.layers().get().at(offset)) {
            lines.add(s.code() + " — coded by " + s.coder() + (s.memo() == null ? "" : "\nMemo: " + s.memo()));
        }
        return String.join("\n", lines);
    }

    private ContextMenu contextMenu(int offset, Runnable codeWith, Runnable mapSpeakers) {
        MenuItem with = Ui.item("Code with…", "mdi2t-tag-outline", codeWith);
        with.setId("menu-code-with");
        MenuItem inVivo = Ui.item("New code from selection…", "mdi2f-format-quote-open",
                () -> InVivoDialog.codeSelection(area.getScene().getWindow(), coding, model));
        inVivo.setId("menu-in-vivo");
        Session session = coding.session();
        ChangeControls.disable(session, new SimpleBooleanProperty(model.selection().get().isEmpty()),
                with, inVivo);
        ContextMenu menu = new ContextMenu(with, inVivo);
        Collection<SegmentView> here = model.layers().get().at(offset);
        if (!here.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        for (SegmentView s : here) {
            Menu m = new Menu(s.code() + " (" + s.coder() + ")", Ui.swatch(codebook.colour(s.codeId())));
            MenuItem uncode = Ui.item("Uncode", "mdi2t-tag-minus-outline", () -> coding.uncode(s));
            uncode.setId("menu-uncode");
            MenuItem recode = Ui.item("Recode as…", "mdi2t-tag-multiple-outline", () -> new CodeChooser(codebook,
                    "Recode " + s.code() + " as…", true).choose(area.getScene().getWindow())
                    .ifPresent(path -> coding.recode(s, path)));
            MenuItem memo = Ui.item("Memo…", "mdi2n-note-edit-outline", () -> MemoDialog.edit(area.getScene().getWindow(), s)
                    .ifPresent(text -> coding.setMemo(s, text)));
            ChangeControls.disable(session, uncode, recode, memo);
            m.getItems().addAll(Ui.item("Select", null, () -> segmentChosen.accept(s)), uncode, recode, memo);
            menu.getItems().add(m);
        }
        MenuItem speakers = Ui.item("Map speakers to participants…", "mdi2a-account-voice", mapSpeakers);
        ChangeControls.disable(session, speakers);
        menu.getItems().addAll(new SeparatorMenuItem(), speakers);
        return menu;
    }
}

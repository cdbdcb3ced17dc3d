package org.verbatim.ui;

import java.util.Comparator;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** The style that marks search hits in the transcript: a box around the matched words, over any coding colour. */
final class SearchMarks {
    static final String STYLE = "-rtfx-border-stroke-color: #e8590c;-rtfx-border-stroke-width: 2;";

    private SearchMarks() {
    }

    /** Spans over a text of {@code length} characters: {@link #STYLE} on the marks, nothing elsewhere. */
    static StyleSpans<String> spans(List<TextRange> marks, int length) {
        StyleSpansBuilder<String> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (TextRange m : marks.stream().sorted(Comparator.comparingInt(TextRange::start)).toList()) {
            int start = Math.max(at, m.start());
            int end = Math.min(length, m.end());
            if (end <= start) {
                continue;
            }
            spans.add("", start - at);
            spans.add(STYLE, end - start);
            at = end;
        }
        spans.add("", length - at);
        return spans.create();
    }
}

package org.verbatim.project;

import java.time.Instant;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;

/**
 * A memo as the memo list shows it: what it is on, named as a researcher knows it (the
 * document's name, the code's path, the participant's id and name, the segment's code and
 * words), who wrote it where that is known, and when. A segment's own memo (the one written
 * with the coding) is listed too: then {@code memo} is null and {@code segmentId} names it.
 */
public record MemoView(Memo memo, MemoTarget target, String on, String title, String text, String author,
                       Instant updatedAt, Long documentId, Long segmentId, int start, int end) {

    /** Whether this is a segment's own memo rather than one of the project's memos. */
    public boolean segmentsOwn() {
        return memo == null;
    }

    /** The memo's first line, for a one-line listing. */
    public String firstLine() {
        String t = text == null ? "" : text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}

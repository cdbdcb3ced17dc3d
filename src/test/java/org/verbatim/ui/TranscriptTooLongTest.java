package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verbatim.project.DocumentDetail;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.ProjectException;

/**
 * The window does not try to lay out a document of a million lines (it would hold the window
 * for minutes): opening one says why and what to do instead, before anything reaches the view.
 */
class TranscriptTooLongTest {
    @Test
    void aDocumentOfMoreLinesThanTheWindowShowsIsRefusedWithWhatToDo() {
        DocumentDetail huge = detail("A: yes ok.\n\nB: no.\n\n".repeat(TranscriptViewModel.MAX_LINES_SHOWN / 4 + 1));

        assertThatThrownBy(() -> TranscriptViewModel.refuseTooLongToShow(huge))
                .isInstanceOf(ProjectException.class)
                .hasMessage("mt60.txt has more than 100,000 lines, more than the window can show; search it and"
                        + " retrieve its coded passages here, or read it with: verbatim show PROJECT 7");
    }

    @Test
    void aLongFocusGroupIsShown() {
        DocumentDetail long50k = detail("Moderator: a question about the west and china.\n\n".repeat(5_000));

        assertThatCode(() -> TranscriptViewModel.refuseTooLongToShow(long50k)).doesNotThrowAnyException();
    }

    private static DocumentDetail detail(String text) {
        return new DocumentDetail(new DocumentSummary(7, "mt60.txt", "text", "en", "UTF-8", 0, 0, 0, Map.of()), text,
                List.of());
    }
}

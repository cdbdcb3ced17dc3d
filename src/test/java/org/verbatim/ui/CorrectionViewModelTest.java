package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Splitting and joining turns as the edit bar does it, on plain text. */
class CorrectionViewModelTest {
    private static String apply(String text, CorrectionViewModel.Edit edit) {
        return text.substring(0, edit.start()) + edit.text() + text.substring(edit.end());
    }

    @Test
    void splitStartsANewTurnOfTheSameSpeakerAtTheCaret() {
        String text = "Interviewer: And then?\nR3 [00:01:02]: I left. Then I came back.\n";
        int caret = text.indexOf(" Then I came");

        String split = apply(text, CorrectionViewModel.split(text, caret + 1));

        assertThat(split).isEqualTo("Interviewer: And then?\nR3 [00:01:02]: I left.\nR3: Then I came back.\n");
    }

    @Test
    void joinPutsTheCaretsLineAfterTheLineBeforeWithoutItsLabel() {
        String text = "[00:01:00] R3: I left.\n[00:01:05] R3: Then I came back.\nInterviewer: Why?\n";
        int caret = text.indexOf("Then");

        assertThat(apply(text, CorrectionViewModel.join(text, caret)))
                .isEqualTo("[00:01:00] R3: I left. Then I came back.\nInterviewer: Why?\n");
        assertThat(CorrectionViewModel.join(text, 3)).isNull();
        // A colon in what someone says is not a label: the line joins as it is.
        String said = "R3: I left.\nI thought: why not.\n";
        assertThat(apply(said, CorrectionViewModel.join(said, said.indexOf("thought"))))
                .isEqualTo("R3: I left. I thought: why not.\n");
    }
}

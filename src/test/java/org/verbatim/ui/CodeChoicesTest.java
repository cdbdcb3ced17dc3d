package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Code with…" type-ahead: which codes are offered, in what order, and when a new code is. */
class CodeChoicesTest {
    private static final List<String> CODEBOOK = List.of("Values / Distrust", "Values / Trust", "China",
            "China / Partner", "Sovereignty and globalisation / Transnational networks");

    @Test
    void aCodeNamedExactlyAsTypedComesBeforeCodesThatMerelyContainIt() {
        CodeChoices choices = CodeChoices.of(CODEBOOK, "trust", true);

        assertThat(choices.matches()).containsExactly("Values / Trust", "Values / Distrust");
        assertThat(choices.newCode()).isEmpty();
    }

    @Test
    void aWholePathTypedWithoutSpacesIsAnExactMatch() {
        CodeChoices choices = CodeChoices.of(CODEBOOK, "china/partner", true);

        assertThat(choices.matches()).containsExactly("China / Partner");
        assertThat(choices.newCode()).isEmpty();
    }

    @Test
    void aNameThatIsPartOfAnExistingOneIsOfferedAsANewCode() {
        CodeChoices choices = CodeChoices.of(CODEBOOK, " Chin ", true);

        assertThat(choices.matches()).containsExactly("China", "China / Partner");
        assertThat(choices.newCode()).contains("Chin");
    }

    @Test
    void partOfASingleCodeListsThatCodeWhileTheTypedTextStaysOnOfferAsANewCode() {
        CodeChoices choices = CodeChoices.of(CODEBOOK, "Transnat", true);

        assertThat(choices.matches()).containsExactly("Sovereignty and globalisation / Transnational networks");
        assertThat(choices.newCode()).contains("Transnat");
    }

    @Test
    void withNoMatchTheTypedPathIsTheNewCodeAndWithoutNewCodesNothingIsOffered() {
        assertThat(CodeChoices.of(CODEBOOK, "Youth/Exchanges", true).newCode()).contains("Youth/Exchanges");
        assertThat(CodeChoices.of(CODEBOOK, "Youth/Exchanges", false).newCode()).isEmpty();
        assertThat(CodeChoices.of(CODEBOOK, "Chin", false).newCode()).isEmpty();
    }

    @Test
    void nothingTypedListsTheWholeCodebookAndOffersNoNewCode() {
        CodeChoices choices = CodeChoices.of(CODEBOOK, "  ", true);

        assertThat(choices.matches()).isEqualTo(CODEBOOK);
        assertThat(choices.newCode()).isEmpty();
    }
}

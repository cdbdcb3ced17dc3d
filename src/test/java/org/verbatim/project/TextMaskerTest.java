package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMaskerTest {

    @Test
    void aRussianNameIsMaskedInItsDeclinedFormsButNotInsideOtherWords() {
        TextMasker m = new TextMasker.Builder().addName("Анна Петрова", "[P003]").addName("Сергей Иванов", "[P004]")
                .build();

        assertThat(m.mask("Я говорил с Анной Петровой, а потом Анна сказала Иванову: спроси Сергея."))
                .isEqualTo("Я говорил с [P003] [P003], а потом [P003] сказала [P004]: спроси [P004].");
        assertThat(m.mask("Ванна и Аннотация, Петроград")).isEqualTo("Ванна и Аннотация, Петроград");
    }

    @Test
    void theWholeNameIsReplacedOnceAndCaseDoesNotMatter() {
        TextMasker m = new TextMasker.Builder().addName("Andrei V.", "[P002]").add("Tomsk", "[city]").build();

        assertThat(m.mask("Andrei V.: in TOMSK we met andrei at Andrei's office"))
                .isEqualTo("[P002]: in [city] we met [P002] at [P002]'s office");
    }

    @Test
    void termsShorterThanTwoCharactersAndNothingToMaskLeaveTheTextAlone() {
        assertThat(new TextMasker.Builder().add("R", "[x]").build().mask("R: yes")).isEqualTo("R: yes");
        assertThat(new TextMasker.Builder().build().mask("nothing")).isEqualTo("nothing");
    }
}

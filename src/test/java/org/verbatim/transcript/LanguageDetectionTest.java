package org.verbatim.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.transcript.TranscriptFixtures.write;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectionTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Интервьюер: Расскажите о себе.                    | ru",
            "Interviewer: Tell me about yourself.              | en",
            "R1: Я работал в Siemens и Nokia, потом в Газпроме. | ru",
            "R1: We visited Москва once.                       | en",
            "12:30 ... 14:45                                   | en"})
    void languageIsRussianWhenCyrillicLettersOutnumberLatinOnes(String text, String language) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(language);
    }

    @Test
    void detectedLanguageIsReported() throws Exception {
        Path file = write(dir, "a.txt", "Интервьюер: Расскажите о себе.");

        assertThat(TranscriptReaders.read(file, ReadOptions.DETECT).language()).isEqualTo("ru");
    }

    @Test
    void languageOptionOverridesDetection() throws Exception {
        Path file = write(dir, "a.txt", "Interviewer: Tell me about yourself.");

        assertThat(TranscriptReaders.read(file, new ReadOptions(null, "ru")).language()).isEqualTo("ru");
    }
}

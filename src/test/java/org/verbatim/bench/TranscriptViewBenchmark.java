package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.ImportRequest;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import org.verbatim.ui.FxThread;
import org.verbatim.ui.TranscriptViewHarness;

/**
 * The transcript view on a 50,000-word focus group: time from opening the document to its text
 * shown with every highlight and coding stripe, laid out and drawn; then scrolling through the
 * whole document one paragraph at a time, each step laid out and drawn as a frame would be.
 * Prints its figures; docs/performance.md records them.
 */
class TranscriptViewBenchmark {
    private static final int WORDS = 50_000;
    private static final int SEGMENTS = 400;
    private static final int OPENINGS = 7;

    @TempDir
    Path dir;

    /** A focus group of {@value #WORDS} words: timestamped turns of 40 to 200 words by eight speakers and a moderator. */
    private static String transcript(Random random) {
        String[] speakers = {"Moderator", "Alexei G.", "Ekaterina B.", "Maxim Z.", "Svetlana R.", "Nikolai T.",
            "Daria F.", "Roman I.", "Kseniya V."};
        String[] vocabulary = ("the west china partner policy foreign ministry region city we they people exchange "
                + "students money europe oil gas power great neighbours customs union trade border moscow tomsk "
                + "university business ngo funding television state young generation future career russia").split(" ");
        StringBuilder text = new StringBuilder("Tomsk, synthetic focus group for the transcript view benchmark\n\n");
        int words = 0;
        int seconds = 15;
        for (int turn = 0; words < WORDS; turn++) {
            text.append(String.format("[%02d:%02d:%02d] ", seconds / 3600, seconds / 60 % 60, seconds % 60))
                    .append(speakers[turn % speakers.length]).append(": ");
            int length = Math.min(WORDS - words, 40 + random.nextInt(161));
            for (int i = 0; i < length; i++) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]).append(i % 15 == 14 ? ". " : " ");
            }
            words += length;
            seconds += length / 2;
            text.setLength(text.length() - 1);
            text.append(".\n\n");
        }
        return text.toString();
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(java.util.Locale.ROOT, "median %.1f ms, p95 %.1f ms, slowest %.1f ms",
                millis(sorted[sorted.length / 2]), millis(sorted[(int) (sorted.length * 0.95)]),
                millis(sorted[sorted.length - 1]));
    }

    @Test
    void openingAndScrollingA50000WordTranscript() throws Exception {
        Random random = new Random(42);
        Path file = Files.writeString(dir.resolve("TOM-long-focus-group.txt"), transcript(random));
        Path small = Files.writeString(dir.resolve("short.txt"), "Interviewer: Hello.\nAnna K.: Hello.\n");
        Stage stage = FxToolkit.registerPrimaryStage();
        try (Project project = Project.create(dir.resolve("bench.verbatim"))) {
            project.importFiles(ImportRequest.of(file), Progress.NONE);
            project.importFiles(ImportRequest.of(small), Progress.NONE);
            var big = project.document("TOM-long-focus-group.txt");
            var shortOne = project.document("short.txt");
            assertThat(big.document().words()).isGreaterThanOrEqualTo(WORDS);
            int length = big.text().length();
            for (int c = 0; c < 20; c++) {
                project.addCode("Theme " + (c / 5 + 1) + "/Code " + (c + 1),
                        String.format("#%06X", random.nextInt(0xFFFFFF)), null, null);
            }
            for (int s = 0; s < SEGMENTS; s++) {
                // Passages of 5 to 400 characters anywhere, so many overlap.
                int start = random.nextInt(length - 500);
                int end = start + 5 + random.nextInt(396);
                project.code(CodingRequest.range("TOM-long-focus-group.txt",
                        "Theme " + (s % 20 / 5 + 1) + "/Code " + (s % 20 + 1), start, end, "bench"));
            }

            TranscriptViewHarness view = FxThread.call(() -> new TranscriptViewHarness(project, stage, 900, 700));
            view.loadCodebook();
            long[] openings = new long[OPENINGS];
            for (int i = 0; i < OPENINGS; i++) {
                view.openAndDraw(shortOne.document().id());
                openings[i] = view.openAndDraw(big.document().id());
            }
            int paragraphs = FxThread.call(() -> view.area().getParagraphs().size());
            assertThat(FxThread.call(() -> view.area().getLength())).isEqualTo(length);

            List<Long> steps = new ArrayList<>();
            long scrollStart = System.nanoTime();
            for (int p = 0; p < paragraphs; p++) {
                int paragraph = p;
                steps.add(FxThread.call(() -> {
                    long t = System.nanoTime();
                    view.area().showParagraphAtTop(paragraph);
                    view.root().applyCss();
                    view.root().layout();
                    view.root().getScene().snapshot(null);
                    return System.nanoTime() - t;
                }));
            }
            long scrollTotal = System.nanoTime() - scrollStart;

            System.out.printf(java.util.Locale.ROOT, "Transcript view: %,d words, %,d characters, %,d paragraphs, "
                    + "%d segments in 20 codes%n", big.document().words(), length, paragraphs, SEGMENTS);
            System.out.println("Open until shown, highlighted and drawn (" + OPENINGS + " runs): " + stats(openings));
            System.out.printf(java.util.Locale.ROOT, "Scroll paragraph by paragraph, each step laid out and drawn: "
                    + "%,d steps in %.1f s; per step %s%n", paragraphs, scrollTotal / 1e9,
                    stats(steps.stream().mapToLong(Long::longValue).toArray()));
        } finally {
            FxToolkit.cleanupStages();
        }
    }
}

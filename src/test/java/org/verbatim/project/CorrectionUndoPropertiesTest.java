package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated transcripts, codings and edits saved on a real project: segments whose words
 * survive cover the same words, {@code check} proves every segment, and undoing the
 * correction puts back the text, the turns, the speakers and every segment exactly.
 */
class CorrectionUndoPropertiesTest {

    /** A transcript of turns, segments as (first word, last word) pairs, and one edit of a stretch of its text. */
    record Case(List<List<String>> turns, List<int[]> segments, int editStart, int editLength, String replacement) {
        String text() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < turns.size(); i++) {
                out.append(i % 2 == 0 ? "R1" : "I").append(": ").append(String.join(" ", turns.get(i))).append('\n');
            }
            return out.toString();
        }

        List<String> words() {
            return turns.stream().flatMap(List::stream).toList();
        }

        @Override
        public String toString() {
            return "text=" + text() + " segments=" + segments.stream().map(s -> s[0] + ".." + s[1]).toList()
                    + " edit=" + editStart + "+" + editLength + "→'" + replacement + "'";
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzабвгдежз").ofMinLength(1)
                .ofMaxLength(5);
        Arbitrary<List<List<String>>> turns = word.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<String> replacement = Arbitraries.of("", " ", "new words", "\nI: ", "\nR1: split", "x", "R2: ",
                "не так", ".");
        return Combinators.combine(turns, Arbitraries.integers().between(0, 10_000).list().ofMinSize(2).ofMaxSize(8),
                        Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 12), replacement)
                .as((t, picks, at, length, text) -> {
                    int words = t.stream().mapToInt(List::size).sum();
                    List<int[]> segments = new ArrayList<>();
                    for (int i = 0; i + 1 < picks.size(); i += 2) {
                        int a = picks.get(i) % words;
                        int b = picks.get(i + 1) % words;
                        segments.add(new int[] {Math.min(a, b), Math.max(a, b)});
                    }
                    return new Case(t, segments, at, length, text);
                });
    }

    @Property(tries = 10)
    void savingThenUndoingACorrectionPutsEverythingBack(@ForAll("cases") Case c) throws IOException {
        Path dir = Files.createTempDirectory("verbatim-correction");
        try (Project project = Project.create(dir.resolve("p.verbatim"))) {
            String text = c.text();
            Path file = Files.writeString(dir.resolve("t.txt"), text);
            project.importFiles(new ImportRequest(List.of(file), Map.of(), null, null, null), Progress.NONE);
            List<int[]> wordBounds = wordBounds(text);
            for (int[] s : c.segments()) {
                int start = wordBounds.get(s[0])[0];
                int end = wordBounds.get(s[1])[1];
                try {
                    project.code(new CodingRequest("t.txt", "C" + s[0] + "-" + s[1], start, end, null, null, "coder",
                            null));
                } catch (ProjectException alreadyCoded) {
                    // the same range drawn twice
                }
            }
            int editStart = c.editStart() % (text.length() + 1);
            int editEnd = Math.min(text.length(), editStart + c.editLength());
            String edited = text.substring(0, editStart) + c.replacement() + text.substring(editEnd);
            if (edited.equals(text)) {
                return;
            }
            List<SegmentView> before = project.segments(SegmentFilter.ALL);
            DocumentDetail detailBefore = project.document("t.txt");
            List<SpeakerView> speakersBefore = project.speakers("t.txt");

            CorrectionReport saved = project.corrections().save("t.txt", edited, "me", null, true);

            assertThat(project.check().problems()).isEmpty();
            assertThat(project.document("t.txt").text()).isEqualTo(edited);
            for (SegmentView s : before) {
                boolean untouched = s.end() < editStart || s.start() > editEnd;
                if (untouched) {
                    assertThat(project.segments(SegmentFilter.ALL)).filteredOn(now -> now.id() == s.id())
                            .singleElement().extracting(SegmentView::text).isEqualTo(s.text());
                }
            }

            project.corrections().restore(saved.before(), "me", "Undo");

            assertThat(project.document("t.txt")).usingRecursiveComparison().isEqualTo(detailBefore);
            assertThat(project.segments(SegmentFilter.ALL)).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyInAnyOrderElementsOf(before);
            assertThat(project.speakers("t.txt")).containsExactlyInAnyOrderElementsOf(speakersBefore);
            assertThat(project.check().problems()).isEmpty();
            assertThat(project.corrections().history("t.txt")).hasSize(3);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static List<int[]> wordBounds(String text) {
        List<int[]> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("(?m)^(?:R1|I): |([\\p{L}]+)").matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(new int[] {m.start(1), m.end(1)});
            }
        }
        return out;
    }
}

package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated texts, segments and edits: every segment whose words an edit leaves alone covers
 * exactly the same words afterwards, at the place those words now have.
 */
class TextDiffPropertiesTest {

    /** A transcript of distinct words, each followed by a separator, the last by nothing. */
    record Words(List<String> words, List<String> separators) {
        String text() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                out.append(words.get(i)).append(separators.get(i));
            }
            return out.toString();
        }

        int start(int word) {
            int at = 0;
            for (int i = 0; i < word; i++) {
                at += words.get(i).length() + separators.get(i).length();
            }
            return at;
        }

        int end(int word) {
            return start(word) + words.get(word).length();
        }

        /** Words {@code [from, to)} replaced by {@code fresh}, each fresh word followed by a space. */
        Words replace(int from, int to, List<String> fresh) {
            List<String> w = new ArrayList<>(words.subList(0, from));
            List<String> s = new ArrayList<>(separators.subList(0, from));
            for (String f : fresh) {
                w.add(f);
                s.add(" ");
            }
            w.addAll(words.subList(to, words.size()));
            s.addAll(separators.subList(to, separators.size()));
            for (int i = 0; i < s.size(); i++) {
                if (i == s.size() - 1) {
                    s.set(i, "");
                } else if (s.get(i).isEmpty()) {
                    s.set(i, " ");
                }
            }
            return new Words(w, s);
        }
    }

    /** An edit: words {@code [from, to)} give way to {@code fresh} words that the text does not have. */
    record Edit(int from, int to, List<String> fresh) { }

    record Case(Words before, int segmentFrom, int segmentTo, Edit edit) {
        Words after() {
            return before.replace(edit.from(), edit.to(), edit.fresh());
        }

        /** Whether the edit leaves every word of the segment (and the space between them) alone. */
        boolean segmentSurvives() {
            return edit.to() <= segmentFrom || edit.from() > segmentTo;
        }

        /** Where the segment's first word is after the edit. */
        int shifted(int word) {
            return word < edit.from() ? word : word - (edit.to() - edit.from()) + edit.fresh().size();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> letters = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщыэюя")
                .ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> separator = Arbitraries.of(" ", ", ", ".\n", " — ", "\n— ", "  ");
        return Combinators.combine(letters.list().ofMinSize(1).ofMaxSize(30).uniqueElements(),
                        separator.list().ofSize(30), letters.list().ofMaxSize(4).uniqueElements(),
                        Arbitraries.integers().between(0, 1000).list().ofSize(4))
                .as((words, separators, freshRoots, picks) -> {
                    int n = words.size();
                    List<String> seps = new ArrayList<>(separators.subList(0, n));
                    seps.set(n - 1, "");
                    // Fresh words end in a digit, so none of them is already in the text.
                    List<String> fresh = freshRoots.stream().map(f -> f + "9").toList();
                    int a = picks.get(0) % n;
                    int b = picks.get(1) % n;
                    int from = picks.get(2) % (n + 1);
                    int to = from + picks.get(3) % (n + 1 - from);
                    if (from == to && fresh.isEmpty()) {
                        fresh = List.of("inserted9");
                    }
                    return new Case(new Words(words, seps), Math.min(a, b), Math.max(a, b), new Edit(from, to, fresh));
                });
    }

    @Property(tries = 2000)
    void aSegmentWhoseWordsSurviveCoversTheSameWordsAfterwards(@ForAll("cases") Case c) {
        Words before = c.before();
        Words after = c.after();
        TextDiff diff = TextDiff.between(before.text(), after.text());
        int start = before.start(c.segmentFrom());
        int end = before.end(c.segmentTo());

        Optional<int[]> mapped = diff.mapRange(start, end);

        if (c.segmentSurvives()) {
            assertThat(mapped).isPresent();
            assertThat(mapped.get()).containsExactly(after.start(c.shifted(c.segmentFrom())),
                    after.end(c.shifted(c.segmentTo())));
            assertThat(after.text().substring(mapped.get()[0], mapped.get()[1]))
                    .isEqualTo(before.text().substring(start, end));
        } else if (c.edit().fresh().isEmpty() && c.edit().from() <= c.segmentFrom() && c.edit().to() > c.segmentTo()) {
            // Every word of the segment was deleted and nothing put in their place.
            assertThat(mapped.map(r -> after.text().substring(r[0], r[1])).filter(t -> t.matches(".*[\\p{L}\\p{N}].*")))
                    .isEmpty();
        }
    }

    @Property(tries = 500)
    void everyMappedRangeLiesInsideTheNewTextAndInOrder(@ForAll("cases") Case c) {
        Words before = c.before();
        TextDiff diff = TextDiff.between(before.text(), c.after().text());
        int length = c.after().text().length();
        int previous = 0;
        for (int w = 0; w < before.words().size(); w++) {
            int s = diff.mapStart(before.start(w));
            assertThat(s).isBetween(previous, length);
            previous = s;
        }
    }
}

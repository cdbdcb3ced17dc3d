package org.verbatim.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.verbatim.model.Segment;

/**
 * Groups one code's segments of two coders in one document into passages — segments that
 * overlap, of either coder, belong together — and keeps the passages the two coded differently.
 */
final class PassageDiffer {
    private PassageDiffer() {
    }

    /** A passage coded differently, with the words of each coder's segments in it. */
    record Passage(CodingDifference.Kind kind, int start, int end, String first, String second) { }

    /** The passages of {@code segments} (one code, two coders) where the coders differ; the first coder's id given. */
    static List<Passage> differences(List<Segment> segments, long firstCoder, String text) {
        List<Segment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingInt(Segment::start).thenComparingInt(Segment::end));
        List<Passage> out = new ArrayList<>();
        List<Segment> group = new ArrayList<>();
        int end = -1;
        for (Segment s : sorted) {
            if (!group.isEmpty() && s.start() >= end) {
                judge(group, firstCoder, text).ifPresent(out::add);
                group.clear();
            }
            group.add(s);
            end = group.size() == 1 ? s.end() : Math.max(end, s.end());
        }
        if (!group.isEmpty()) {
            judge(group, firstCoder, text).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.Optional<Passage> judge(List<Segment> group, long firstCoder, String text) {
        List<int[]> first = covered(group.stream().filter(s -> s.coderId() == firstCoder).toList());
        List<int[]> second = covered(group.stream().filter(s -> s.coderId() != firstCoder).toList());
        CodingDifference.Kind kind;
        if (second.isEmpty()) {
            kind = CodingDifference.Kind.FIRST_ONLY;
        } else if (first.isEmpty()) {
            kind = CodingDifference.Kind.SECOND_ONLY;
        } else if (same(first, second)) {
            return java.util.Optional.empty();
        } else {
            kind = CodingDifference.Kind.DIFFERENT_BOUNDS;
        }
        int start = group.stream().mapToInt(Segment::start).min().orElseThrow();
        int end = group.stream().mapToInt(Segment::end).max().orElseThrow();
        return java.util.Optional.of(new Passage(kind, start, end, words(first, text), words(second, text)));
    }

    /** The stretches a coder's segments cover, overlapping and touching ones joined. */
    private static List<int[]> covered(List<Segment> segments) {
        List<int[]> out = new ArrayList<>();
        for (Segment s : segments.stream().sorted(Comparator.comparingInt(Segment::start)).toList()) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() <= last[1]) {
                last[1] = Math.max(last[1], s.end());
            } else {
                out.add(new int[] {s.start(), s.end()});
            }
        }
        return out;
    }

    private static boolean same(List<int[]> a, List<int[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i)[0] != b.get(i)[0] || a.get(i)[1] != b.get(i)[1]) {
                return false;
            }
        }
        return true;
    }

    private static String words(List<int[]> stretches, String text) {
        List<String> parts = new ArrayList<>();
        for (int[] s : stretches) {
            parts.add(text.substring(Math.max(0, Math.min(s[0], text.length())), Math.min(s[1], text.length()))
                    .strip().replaceAll("\\s+", " "));
        }
        return String.join(" … ", parts);
    }
}

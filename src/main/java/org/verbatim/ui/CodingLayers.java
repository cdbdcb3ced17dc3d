package org.verbatim.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.verbatim.project.SegmentView;

/**
 * How a document's segments lie over its text: the runs of text covered by the same set of
 * segments (for highlighting, overlaps included), the segments under one position (for hover
 * and the context menu), and the stripe columns of the coding margin: segments that share a
 * paragraph get different columns, so every code present on a line has its own stripe, and the
 * margin is only as wide as the most segments on one paragraph.
 */
public final class CodingLayers {
    /** A stretch of text covered by exactly these segments (none: plain text), shortest first. */
    public record Run(int start, int end, List<SegmentView> segments) { }

    private final int length;
    private final List<SegmentView> segments;
    private final List<Run> runs;
    private final Map<Long, Integer> columns = new HashMap<>();
    private int columnCount;

    /** Lays {@code segments} over {@code text}; segments outside it are left out. */
    public CodingLayers(String text, List<SegmentView> segments) {
        this.length = text.length();
        this.segments = segments.stream()
                .filter(s -> s.start() < s.end() && s.end() <= length)
                .sorted(Comparator.comparingInt(SegmentView::start).thenComparing(SegmentView::code))
                .toList();
        this.runs = sweep();
        assignColumns(paragraphStarts(text));
    }

    private static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Each segment takes the first column free over all its paragraphs (greedy interval partitioning). */
    private void assignColumns(int[] paragraphStarts) {
        List<Integer> lastParagraphOfColumn = new ArrayList<>();
        for (SegmentView s : segments) {
            int first = paragraphOf(paragraphStarts, s.start());
            int last = paragraphOf(paragraphStarts, s.end() - 1);
            int column = 0;
            while (column < lastParagraphOfColumn.size() && lastParagraphOfColumn.get(column) >= first) {
                column++;
            }
            if (column == lastParagraphOfColumn.size()) {
                lastParagraphOfColumn.add(last);
            } else {
                lastParagraphOfColumn.set(column, last);
            }
            columns.put(s.id(), column);
        }
        columnCount = lastParagraphOfColumn.size();
    }

    private static int paragraphOf(int[] starts, int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at : -at - 2;
    }

    private List<Run> sweep() {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (SegmentView s : segments) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        List<Run> out = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                out.add(new Run(from, cut, covering(from, cut)));
            }
            from = cut;
        }
        return out;
    }

    private List<SegmentView> covering(int from, int to) {
        return segments.stream().filter(s -> s.start() <= from && s.end() >= to)
                .sorted(Comparator.comparingInt((SegmentView s) -> s.end() - s.start()))
                .toList();
    }

    /** The length of the text these layers lie over. */
    public int length() {
        return length;
    }

    /** Runs covering the whole text, in order. */
    public List<Run> runs() {
        return runs;
    }

    /** The segments that cover {@code offset}, shortest first. */
    public List<SegmentView> at(int offset) {
        return segments.stream().filter(s -> s.start() <= offset && offset < s.end())
                .sorted(Comparator.comparingInt((SegmentView s) -> s.end() - s.start()))
                .toList();
    }

    /** The segments that overlap {@code [from, to)}, for one line's stripes. */
    public List<SegmentView> overlapping(int from, int to) {
        return segments.stream().filter(s -> s.start() < Math.max(to, from + 1) && s.end() > from).toList();
    }

    /** The stripe column of a segment in the coding margin. */
    public int column(SegmentView segment) {
        return columns.getOrDefault(segment.id(), 0);
    }

    /** How many stripe columns the margin needs. */
    public int columnCount() {
        return columnCount;
    }
}

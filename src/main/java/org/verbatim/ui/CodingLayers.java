package org.verbatim.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.verbatim.project.SegmentView;

/**
 * How a document's segments lie over its text: the runs of text covered by the same set of
 * segments (for highlighting, overlaps included), the segments under one position (for hover
 * and the context menu), and the stripe columns of the coding margin — one column per code of
 * the document, so a code's stripe stays in the same place from line to line.
 */
public final class CodingLayers {
    /** A stretch of text covered by exactly these segments (none: plain text), shortest first. */
    public record Run(int start, int end, List<SegmentView> segments) { }

    private final int length;
    private final List<SegmentView> segments;
    private final List<Run> runs;
    private final Map<Long, Integer> columns = new LinkedHashMap<>();

    public CodingLayers(int length, List<SegmentView> segments) {
        this.length = length;
        this.segments = segments.stream()
                .filter(s -> s.start() < s.end() && s.end() <= length)
                .sorted(Comparator.comparingInt(SegmentView::start).thenComparing(SegmentView::code))
                .toList();
        this.segments.stream().sorted(Comparator.comparing(SegmentView::code)).map(SegmentView::codeId).distinct()
                .forEach(code -> columns.put(code, columns.size()));
        this.runs = sweep();
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

    /** The stripe column of a code: codes of this document, in alphabetical order of path. */
    public int column(long codeId) {
        return columns.getOrDefault(codeId, 0);
    }

    public int columnCount() {
        return columns.size();
    }
}

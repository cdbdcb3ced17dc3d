package org.verbatim.analysis;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.analysis.Unit;

/**
 * The segments behind one cell of a codes × attribute cross-tab, by the rules
 * {@link CrossTabulation} counts with: a segment of the row's code (with its sub-codes when
 * asked) that passes the filter and falls in the column — through its document's value, or
 * through a counting participant's value. Counting participants, a segment with no counting
 * participant counts for nobody and is left out. The segments of a cell number its count for
 * {@code segments}; their documents and participants with the column's value are its count for
 * the other units.
 */
public final class CellSegments {
    private final CodingData data;
    private final Selection selection;
    private final boolean withSubcodes;

    /** A segment as the store knows it: its document, code path, coder and range. */
    public record Key(String document, String code, String coder, int start, int end) { }

    public CellSegments(CodingData data, AnalysisFilter filter, boolean withSubcodes) {
        this.data = data;
        this.selection = new Selection(data, filter);
        this.withSubcodes = withSubcodes;
    }

    /** The segments of row {@code code} (an index of {@code data}) in the column labelled {@code column}. */
    public List<Key> of(int code, GroupBy by, Unit unit, String column) {
        Attributes.Columns columns = Attributes.resolve(data, by);
        int wanted = columns.labels().indexOf(column);
        if (wanted < 0) {
            throw new AnalysisException("'" + column + "' is not a column of " + by.attribute() + " (columns: "
                    + String.join(", ", columns.labels()) + ")");
        }
        boolean byParticipant = columns.scope() == AttributeScope.PARTICIPANT;
        int[] participants = new int[16];
        int[] count = new int[1];
        List<Key> out = new ArrayList<>();
        for (int s : selection.passing(code, withSubcodes)) {
            int d = data.segDocument[s];
            participants = selection.speakers(s, participants, count, unit == Unit.SEGMENTS);
            boolean in;
            if (byParticipant) {
                in = false;
                for (int i = 0; i < count[0] && !in; i++) {
                    in = columns.columnOf()[participants[i]] == wanted;
                }
            } else {
                in = columns.columnOf()[d] == wanted && (unit != Unit.PARTICIPANTS || count[0] > 0);
            }
            if (in) {
                out.add(new Key(data.documentNames[d], data.codePaths[data.segCode[s]], data.coderNames[data.segCoder[s]],
                        data.segStart[s], data.segEnd[s]));
            }
        }
        return out;
    }
}

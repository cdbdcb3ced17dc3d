package org.verbatim.analysis;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.analysis.Correction;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.IndependenceTest;
import org.verbatim.model.analysis.RowTests;
import org.verbatim.model.analysis.Unit;

/**
 * Computes {@link CrossTab}s. A segment falls in the column of its document's value (document
 * attribute) or of each of its counting participants' values (participant attribute); a
 * participant counts once per cell however often they said it, and in a focus group each
 * speaker counts for the turns they spoke.
 */
public final class CrossTabulation {
    private final CodingData data;
    private final Selection selection;
    private final boolean withSubcodes;
    private final String coding;

    public CrossTabulation(CodingData data, AnalysisFilter filter, boolean withSubcodes) {
        this.data = data;
        this.selection = new Selection(data, filter);
        this.withSubcodes = withSubcodes;
        this.coding = CodingCounted.describe(data, filter);
    }

    /** As {@link #byAttribute(int[], GroupBy, Unit, boolean, Correction)} with Holm's correction. */
    public CrossTab byAttribute(int[] codes, GroupBy by, Unit unit, boolean test) {
        return byAttribute(codes, by, unit, test, Correction.HOLM);
    }

    /**
     * Codes (row indices of {@code data}) by the values of an attribute. With {@code test},
     * counting participants or documents: a test per code over the units of each column,
     * corrected by {@code correction}, and the test of the whole table when no row contains
     * another (with a caution when rows share units); counting segments: the test of the whole
     * table, whose rows must not contain one another.
     */
    public CrossTab byAttribute(int[] codes, GroupBy by, Unit unit, boolean test, Correction correction) {
        String nested = nestedRows(codes);
        if (test && unit == Unit.SEGMENTS && nested != null) {
            throw new AnalysisException("A test needs rows that do not contain one another, but " + nested
                    + " share segments; choose the rows with --codes");
        }
        Attributes.Columns columns = Attributes.resolve(data, by);
        boolean byParticipant = columns.scope() == AttributeScope.PARTICIPANT;
        int width = columns.labels().size();
        int units = unit == Unit.DOCUMENTS ? data.documentNames.length
                : unit == Unit.PARTICIPANTS ? data.participantKeys.length : 0;
        UnitSet inCells = new UnitSet((long) width * units);
        UnitSet inRow = new UnitSet(units);
        int[] stamp = new int[width];
        int stamps = 0;
        int[] participants = new int[16];
        int[] count = new int[1];
        int[] rowsOfUnit = new int[units];
        List<CrossTab.Row> rows = new ArrayList<>();
        for (int code : codes) {
            inCells.clear();
            inRow.clear();
            long[] cells = new long[width];
            long distinct = 0;
            for (int member : Rows.membersOf(data, code, withSubcodes)) {
                for (int k = data.codeSegmentFrom[member]; k < data.codeSegmentFrom[member + 1]; k++) {
                    int s = data.codeSegments[k];
                    if (!selection.passes(s)) {
                        continue;
                    }
                    int d = data.segDocument[s];
                    int n = 0;
                    if (byParticipant || unit == Unit.PARTICIPANTS) {
                        participants = selection.speakers(s, participants, count, unit == Unit.SEGMENTS);
                        n = count[0];
                    }
                    if (unit == Unit.PARTICIPANTS) {
                        for (int i = 0; i < n; i++) {
                            int p = participants[i];
                            int column = byParticipant ? columns.columnOf()[p] : columns.columnOf()[d];
                            if (column >= 0) {
                                if (inCells.add((long) column * units + p)) {
                                    cells[column]++;
                                }
                                if (inRow.add(p)) {
                                    distinct++;
                                    rowsOfUnit[p]++;
                                }
                            }
                        }
                        continue;
                    }
                    stamps++;
                    boolean any = false;
                    for (int i = 0; i < (byParticipant ? n : 1); i++) {
                        int column = byParticipant ? columns.columnOf()[participants[i]] : columns.columnOf()[d];
                        if (column < 0 || stamp[column] == stamps) {
                            continue;
                        }
                        stamp[column] = stamps;
                        any = true;
                        if (unit == Unit.SEGMENTS || inCells.add((long) column * units + d)) {
                            cells[column]++;
                        }
                    }
                    if (any && (unit == Unit.SEGMENTS || inRow.add(d))) {
                        distinct++;
                        if (unit == Unit.DOCUMENTS) {
                            rowsOfUnit[d]++;
                        }
                    }
                }
            }
            rows.add(new CrossTab.Row(data.codePaths[code], data.codeDepth[code], cells, sum(cells), distinct));
        }
        long[] columnTotals = columnTotals(rows, width);
        long[] perColumn = participantsPerColumn(columns);
        CrossTab table = new CrossTab(columns.attribute().name(),
                byParticipant ? "participant attribute" : "document attribute", unit, columns.labels(), rows,
                columnTotals, sum(columnTotals), perColumn, null, null, coding);
        if (!test) {
            return table;
        }
        String unitsName = unit == Unit.DOCUMENTS ? "documents" : unit == Unit.PARTICIPANTS
                ? (selection.allRoles() ? "participants" : "respondents") : "segments";
        RowTests perCode = unit == Unit.SEGMENTS ? null : RowTesting.test(table,
                unit == Unit.PARTICIPANTS ? perColumn : documentsPerColumn(columns), unitsName, correction);
        IndependenceTest whole;
        if (nested != null) {
            whole = new IndependenceTest(IndependenceTest.NONE, "The rows contain one another (" + nested
                    + "), so the table as a whole cannot be tested; see the test per code", null, null, null,
                    new Double[rows.size()][width], new Double[rows.size()][width]);
        } else {
            long inRows = 0;
            long inSeveral = 0;
            for (int n : rowsOfUnit) {
                inRows += n > 0 ? 1 : 0;
                inSeveral += n > 1 ? 1 : 0;
            }
            whole = ContingencyTests.test(table.counts())
                    .withCaution(RowTesting.sharedUnitsCaution(inRows, inSeveral, unitsName));
        }
        return new CrossTab(table.attribute(), table.columnsAre(), unit, table.columns(), rows, columnTotals,
                table.grandTotal(), perColumn, whole, perCode, coding);
    }

    /**
     * Codes by codes: a cell counts the documents or participants that have both codes, or the
     * segments of the row's code that overlap a segment of the column's code.
     */
    public CrossTab byCodes(int[] codes, int[] columnCodes, Unit unit) {
        List<String> labels = new ArrayList<>();
        for (int c : columnCodes) {
            labels.add(data.codePaths[c]);
        }
        List<CrossTab.Row> rows = new ArrayList<>();
        if (unit == Unit.SEGMENTS) {
            List<CodeRanges> ranges = new ArrayList<>();
            for (int c : columnCodes) {
                ranges.add(new CodeRanges(data, selection.passing(c, withSubcodes)));
            }
            for (int code : codes) {
                long[] cells = new long[columnCodes.length];
                long distinct = 0;
                for (int s : selection.passing(code, withSubcodes)) {
                    boolean any = false;
                    for (int j = 0; j < cells.length; j++) {
                        if (ranges.get(j).overlaps(s)) {
                            cells[j]++;
                            any = true;
                        }
                    }
                    distinct += any ? 1 : 0;
                }
                rows.add(new CrossTab.Row(data.codePaths[code], data.codeDepth[code], cells, sum(cells), distinct));
            }
        } else {
            List<UnitSet> columnUnits = new ArrayList<>();
            UnitSet anyColumn = unitsOf(columnCodes, unit);
            for (int c : columnCodes) {
                columnUnits.add(unitsOf(new int[] {c}, unit));
            }
            for (int code : codes) {
                UnitSet mine = unitsOf(new int[] {code}, unit);
                long[] cells = new long[columnCodes.length];
                for (int j = 0; j < cells.length; j++) {
                    cells[j] = mine.common(columnUnits.get(j));
                }
                rows.add(new CrossTab.Row(data.codePaths[code], data.codeDepth[code], cells, sum(cells),
                        mine.common(anyColumn)));
            }
        }
        long[] columnTotals = columnTotals(rows, columnCodes.length);
        return new CrossTab("codes", "codes", unit, labels, rows, columnTotals, sum(columnTotals), null, null, null,
                coding);
    }

    /** The first two rows that contain one another, quoted, or null when none do. */
    private String nestedRows(int[] codes) {
        for (int i = 0; i < codes.length; i++) {
            for (int j = i + 1; j < codes.length; j++) {
                if (Rows.nested(data, codes[i], codes[j], withSubcodes)) {
                    return "'" + data.codePaths[codes[i]] + "' and '" + data.codePaths[codes[j]] + "'";
                }
            }
        }
        return null;
    }

    /**
     * For each column, the documents analysed that fall in it: by a document attribute, the
     * documents with that value; by a participant attribute, those in which a participant with
     * that value speaks.
     */
    private long[] documentsPerColumn(Attributes.Columns columns) {
        boolean byParticipant = columns.scope() == AttributeScope.PARTICIPANT;
        long[] out = new long[columns.labels().size()];
        int[] stamp = new int[out.length];
        for (int d = 0; d < data.documentNames.length; d++) {
            if (!selection.documentSelected(d)) {
                continue;
            }
            int from = data.documentTurnFrom[d];
            int to = data.documentTurnFrom[d + 1];
            if (!byParticipant) {
                boolean speaks = from == to ? selection.fits(d, -1) : false;
                for (int t = from; t < to && !speaks; t++) {
                    speaks = selection.turnCounts(t, d);
                }
                if (speaks && columns.columnOf()[d] >= 0) {
                    out[columns.columnOf()[d]]++;
                }
                continue;
            }
            for (int t = from; t < to; t++) {
                int p = data.turnParticipant[t];
                if (p < 0 || !selection.counts(p) || !selection.turnCounts(t, d)) {
                    continue;
                }
                int column = columns.columnOf()[p];
                if (column >= 0 && stamp[column] != d + 1) {
                    stamp[column] = d + 1;
                    out[column]++;
                }
            }
        }
        return out;
    }

    /** The documents or participants that have any of these codes. */
    private UnitSet unitsOf(int[] codes, Unit unit) {
        boolean documents = unit == Unit.DOCUMENTS;
        UnitSet set = new UnitSet(documents ? data.documentNames.length : data.participantKeys.length);
        int[] participants = new int[16];
        int[] count = new int[1];
        for (int code : codes) {
            for (int s : selection.passing(code, withSubcodes)) {
                if (documents) {
                    set.add(data.segDocument[s]);
                    continue;
                }
                participants = selection.participants(s, participants, count);
                for (int i = 0; i < count[0]; i++) {
                    set.add(participants[i]);
                }
            }
        }
        return set;
    }

    /** For each column, the participants with that value who speak in the documents analysed. */
    private long[] participantsPerColumn(Attributes.Columns columns) {
        boolean byParticipant = columns.scope() == AttributeScope.PARTICIPANT;
        int units = data.participantKeys.length;
        long[] out = new long[columns.labels().size()];
        UnitSet seen = new UnitSet((long) out.length * units);
        for (int d = 0; d < data.documentNames.length; d++) {
            for (int t = data.documentTurnFrom[d]; t < data.documentTurnFrom[d + 1]; t++) {
                int p = data.turnParticipant[t];
                if (p < 0 || !selection.counts(p) || !selection.turnCounts(t, d)) {
                    continue;
                }
                int column = byParticipant ? columns.columnOf()[p] : columns.columnOf()[d];
                if (column >= 0 && seen.add((long) column * units + p)) {
                    out[column]++;
                }
            }
        }
        return out;
    }

    private static long[] columnTotals(List<CrossTab.Row> rows, int width) {
        long[] out = new long[width];
        for (CrossTab.Row r : rows) {
            for (int j = 0; j < width; j++) {
                out[j] += r.counts()[j];
            }
        }
        return out;
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}

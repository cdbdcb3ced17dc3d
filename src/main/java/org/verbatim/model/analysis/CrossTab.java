package org.verbatim.model.analysis;

import java.util.List;

/**
 * A table of codes (rows) by the values of an attribute or by other codes (columns), counting
 * one {@link Unit} per cell. A row's {@code total} is the sum of its cells and its
 * {@code distinct} the number of units in any of its cells: they differ when a unit falls in
 * two columns (a segment shared by speakers from two cities, a participant interviewed in two
 * formats). Percentages are of these sums. {@code participants} gives, for each attribute
 * value, how many participants with it speak in the documents analysed, so counts of
 * participants can be read as shares; it is null for a code × code table, as is {@code test}
 * unless a test was asked for. {@code rowTests} holds a test per code for a table counting
 * participants or documents with a test asked for, and is null otherwise; {@code coding} says
 * which coders' coding was counted.
 *
 * @param columnsAre "participant attribute", "document attribute" or "codes"
 */
public record CrossTab(String attribute, String columnsAre, Unit unit, List<String> columns, List<Row> rows,
                       long[] columnTotals, long grandTotal, long[] participants, IndependenceTest test,
                       RowTests rowTests, String coding) {

    /** One code's counts in column order. */
    public record Row(String code, int depth, long[] counts, long total, long distinct) { }

    /** Share of the row's total in a cell, in percent; null for an empty row. */
    public Double rowPercent(int row, int column) {
        Row r = rows.get(row);
        return percent(r.counts()[column], r.total());
    }

    /** Share of the column's total in a cell, in percent; null for an empty column. */
    public Double columnPercent(int row, int column) {
        return percent(rows.get(row).counts()[column], columnTotals[column]);
    }

    /** The table's counts, rows by columns, as the test takes them. */
    public long[][] counts() {
        long[][] out = new long[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            out[i] = rows.get(i).counts();
        }
        return out;
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}

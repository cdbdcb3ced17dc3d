package org.verbatim.model.analysis;

import java.util.List;

/**
 * Participants by codes, for R, SPSS or a spreadsheet: one row per participant who speaks in
 * the documents analysed (and fits the filter), with their attribute values, and for each code
 * the number of its segments attributed to them.
 */
public record ParticipantMatrix(List<String> attributes, List<String> codes, List<Row> rows) {

    /** One participant: key, attribute values in {@code attributes} order (null when none), counts in code order. */
    public record Row(String participant, List<String> values, long[] counts) { }
}

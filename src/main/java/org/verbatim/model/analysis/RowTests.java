package org.verbatim.model.analysis;

import java.util.List;

/**
 * A test per code for a cross-tab counting participants or documents: each row tested on its
 * own over the units of each column (see {@link RowTest}), with {@code correction} applied to
 * the p-values of all rows tested together. {@code units} says what {@code of} counts
 * ("respondents", "participants of every role", "documents").
 */
public record RowTests(String units, Correction correction, List<RowTest> rows) { }

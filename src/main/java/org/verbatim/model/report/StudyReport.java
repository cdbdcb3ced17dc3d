package org.verbatim.model.report;

import java.util.List;

/**
 * A study written up, ready for a paper: what was studied, then per code its description, how
 * many of each group raised it and what they said, then the codebook. The same content becomes
 * an HTML page or a Word document.
 *
 * @param attribute the attribute the groups are values of; blank when everyone is one group
 * @param unit      what the groups count: {@code participants} or {@code documents}
 * @param note      why the groups are as they are (no attributes), or blank
 */
public record StudyReport(String title, String date, String attribute, String unit, String note, List<DocumentRow> documents,
                          List<GroupSize> groups, List<CoderRow> coders, Agreement agreement, List<CodeSection> codes,
                          List<CodebookRow> codebook) {

    /** A transcript: its name, attributes written out, and words spoken. */
    public record DocumentRow(String name, String attributes, long words) { }

    /** A group and how many it counts. */
    public record GroupSize(String group, long size) { }

    /** A coder and the segments they made. */
    public record CoderRow(String name, long segments) { }

    /** Two coders' agreement over the documents both coded, pooled over every code, turn by turn; null fields are undefined. */
    public record Agreement(String firstCoder, String secondCoder, int documents, long units, Double percent, Double kappa,
                            Double alpha) { }

    /** One code: its path, description, and its groups in column order. */
    public record CodeSection(String code, String description, List<GroupFigures> groups) { }

    /** How many of a group raised the code ({@code share} and the 95% interval in [0, 1], NaN for an empty group) and its quotes. */
    public record GroupFigures(String group, long raised, long of, double share, double low, double high,
                               List<Quote> quotes) { }

    /** Words quoted: who said them (speaker labels and participant ids), their attributes, and where. */
    public record Quote(String text, String speaker, String attributes, String document, boolean marked) { }

    /** A code of the codebook with its depth, description and segments (own and with sub-codes). */
    public record CodebookRow(String path, String name, int depth, String description, long segments,
                              long withSubcodes) { }
}

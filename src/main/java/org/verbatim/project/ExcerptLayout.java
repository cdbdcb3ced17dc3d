package org.verbatim.project;

import org.verbatim.exchange.CsvDialect;

/**
 * How an excerpts CSV is laid out for the program that opens it (see {@link CsvDialect}): plain
 * UTF-8 with commas, or for Excel with a byte-order mark and commas, or semicolons where the
 * computer's region settings use a decimal comma.
 */
public enum ExcerptLayout {
    /** Plain UTF-8 with commas, as R, Python, SPSS and most programs read CSV. */
    UTF8(CsvDialect.UTF8),
    /** UTF-8 with a byte-order mark and commas: Excel with English (decimal point) region settings. */
    EXCEL(CsvDialect.EXCEL),
    /** UTF-8 with a byte-order mark and semicolons: Excel where the decimal separator is a comma. */
    EXCEL_SEMICOLON(CsvDialect.EXCEL_SEMICOLON);

    private final CsvDialect dialect;

    ExcerptLayout(CsvDialect dialect) {
        this.dialect = dialect;
    }

    CsvDialect dialect() {
        return dialect;
    }
}

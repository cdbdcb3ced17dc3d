package org.verbatim.exchange;

/**
 * How a CSV file is laid out for the program that opens it: always UTF-8, with or without a
 * byte-order mark, cells separated by a comma or a semicolon. Excel reads a file as UTF-8 only
 * when it starts with the mark, and splits cells on the list separator of the computer's region
 * settings — a semicolon wherever the decimal separator is a comma (Russia, most of Europe).
 */
public record CsvDialect(boolean byteOrderMark, char separator) {
    /** Plain UTF-8 with commas, as most programs and scripts read CSV. */
    public static final CsvDialect UTF8 = new CsvDialect(false, ',');
    /** UTF-8 with a byte-order mark and commas: Excel with English (decimal point) region settings. */
    public static final CsvDialect EXCEL = new CsvDialect(true, ',');
    /** UTF-8 with a byte-order mark and semicolons: Excel where the decimal separator is a comma. */
    public static final CsvDialect EXCEL_SEMICOLON = new CsvDialect(true, ';');

    public CsvDialect {
        if (separator != ',' && separator != ';') {
            throw new IllegalArgumentException("A CSV separator is a comma or a semicolon, not '" + separator + "'");
        }
    }
}

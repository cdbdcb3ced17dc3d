package org.verbatim.exchange;

/**
 * Neutralises cells that a spreadsheet would run as a formula (CSV injection): a cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which
 * Excel, LibreOffice and Google Sheets show as text.
 */
public final class SpreadsheetSafety {
    private SpreadsheetSafety() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + cell;
        }
        return cell;
    }
}

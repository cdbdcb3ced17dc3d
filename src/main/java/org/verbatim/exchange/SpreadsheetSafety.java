package org.verbatim.exchange;

import java.util.regex.Pattern;

/**
 * Neutralises cells that a spreadsheet would run as a formula (CSV injection): a cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which
 * Excel, LibreOffice and Google Sheets show as text. A plain negative number ({@code -0.61})
 * is left as it is: it runs nothing, and an apostrophe would turn the residuals of a cross-tab
 * into text in a spreadsheet or in R.
 */
public final class SpreadsheetSafety {
    private SpreadsheetSafety() {
    }

    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || NEGATIVE_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        char first = cell.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + cell;
        }
        return cell;
    }
}

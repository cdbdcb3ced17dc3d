package org.verbatim.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the analysis commands show numbers. */
final class Numbers {
    private Numbers() {
    }

    /** A percentage or ratio rounded to {@code places} decimals, as a number for CSV and JSON; null stays null. */
    static BigDecimal rounded(Double value, int places) {
        return value == null || value.isNaN() ? null : BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
    }

    /** A p-value or statistic with four significant digits. */
    static String significant(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}

package org.verbatim.model.analysis;

/**
 * One code's own test: of the units counted in each column ({@code of[j]}, such as the
 * respondents of a city), how many raised it ({@code raised[j]}), tested as raised vs not
 * raised across the columns. {@code share}, {@code lower} and {@code upper} are each column's
 * share raised with its 95% Wilson interval (null for a column with no units). {@code test}
 * names the test that gave {@code p} (chi-square, or Fisher's exact test when expected counts
 * are small) and {@code reason} why; {@code adjustedP} is {@code p} corrected for the number
 * of codes tested. {@code cramersV} is the effect size (0 no difference, 1 complete); with two
 * columns {@code difference} is the first column's share minus the second's with its 95%
 * Newcombe interval. Fields are null when the test cannot run (no one, or everyone, raised
 * the code), and {@code reason} says why.
 */
public record RowTest(String code, long[] raised, long[] of, Double[] share, Double[] lower, Double[] upper,
                      String test, String reason, Double statistic, Integer df, Double p, Double adjustedP,
                      Double cramersV, Double difference, Double differenceLower, Double differenceUpper) {
    public RowTest withAdjustedP(Double adjusted) {
        return new RowTest(code, raised, of, share, lower, upper, test, reason, statistic, df, p, adjusted, cramersV,
                difference, differenceLower, differenceUpper);
    }
}

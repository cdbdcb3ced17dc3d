package org.verbatim.model.analysis;

/**
 * The test of independence run on a cross-tab. {@code name} says which test gave {@code p}
 * and {@code reason} why it was chosen. The chi-square statistic, its degrees of freedom, the
 * expected counts and the adjusted standardised residuals are given whichever test gave
 * {@code p}. Rows and columns without any count cannot be tested and are left out: their
 * entries in {@code expected} and {@code residuals} are null. When nothing can be tested,
 * {@code statistic}, {@code df} and {@code p} are null and {@code reason} says why.
 * {@code caution} (null when there is none) says when the table breaks the test's assumption
 * that each unit is counted once: how many units its rows share.
 */
public record IndependenceTest(String name, String reason, Double statistic, Integer df, Double p,
                               Double[][] expected, Double[][] residuals, String caution) {
    public IndependenceTest(String name, String reason, Double statistic, Integer df, Double p,
                            Double[][] expected, Double[][] residuals) {
        this(name, reason, statistic, df, p, expected, residuals, null);
    }

    public IndependenceTest withCaution(String text) {
        return new IndependenceTest(name, reason, statistic, df, p, expected, residuals, text);
    }

    public static final String CHI_SQUARE = "Pearson's chi-square test";
    public static final String FISHER = "Fisher's exact test";
    public static final String NONE = "none";
}

package org.verbatim.project;

/**
 * Coders' agreement on one code (yes/no per unit), on a code group (which of its sub-codes, or
 * none, per unit) or, with code "(all codes)", on the combination of codes each applied per
 * unit. {@code units} counts the units at least two coders judged. For two coders on one code,
 * {@code both}, {@code firstOnly}, {@code secondOnly} and {@code neither} split the units both
 * judged; they are null otherwise. Percent agreement is the share of units on which every coder
 * present gave the same value; {@code kappa} is Cohen's (two coders only), {@code fleissKappa}
 * Fleiss' over the units every coder judged, {@code alpha} Krippendorff's nominal alpha with
 * missing values; each is null where undefined (no variation to agree on).
 */
public record AgreementRow(String code, long units, Long both, Long firstOnly, Long secondOnly, Long neither,
                           Double percentAgreement, Double kappa, Double alpha, Double fleissKappa) { }

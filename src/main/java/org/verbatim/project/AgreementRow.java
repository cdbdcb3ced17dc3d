package org.verbatim.project;

/**
 * Two coders' agreement on one code (or, with code "(all codes)", pooled over every code): the
 * units both coded with it, only the first, only the second, neither; percent agreement, Cohen's
 * kappa and Krippendorff's alpha, null where undefined (no variation to agree on).
 */
public record AgreementRow(String code, long units, long both, long firstOnly, long secondOnly, long neither,
                           Double percentAgreement, Double kappa, Double alpha) { }

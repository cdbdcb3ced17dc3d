package org.verbatim.model.analysis;

/**
 * How much one code was used: segments, documents and distinct participants with it, the
 * spoken words its segments cover (overlapping segments counted once), and those words as a
 * share (0–1) of all words spoken in what is analysed.
 */
public record CodeFrequency(String code, int depth, long segments, long documents, long participants, long words,
                            double share) { }

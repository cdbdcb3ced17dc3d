package org.verbatim.analysis;

/** A request the analysis cannot answer as asked: an unknown attribute, coder or code, or bad bands. */
public final class AnalysisException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnalysisException(String message) {
        super(message);
    }
}

package org.verbatim.project;

/**
 * A segment to make: in {@code document} (id or name), with the code at {@code codePath}
 * (created when missing), over {@code [start, end)} or over occurrence {@code occurrence}
 * (1-based, needed when the quote repeats) of {@code quote}. A null coder means the OS user.
 */
public record CodingRequest(String document, String codePath, Integer start, Integer end, String quote,
                            Integer occurrence, String coder, String memo) {

    public static CodingRequest range(String document, String codePath, int start, int end, String coder) {
        return new CodingRequest(document, codePath, start, end, null, null, coder, null);
    }

    public static CodingRequest quote(String document, String codePath, String quote, String coder) {
        return new CodingRequest(document, codePath, null, null, quote, null, coder, null);
    }
}

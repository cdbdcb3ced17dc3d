package org.verbatim.project;

import java.util.List;

/**
 * What an agreement is asked for, as {@code verbatim agreement} takes it: the coders (two or
 * more), the unit, the documents (ids or names; empty: every document two or more of them
 * coded) and the codes with their sub-codes (paths; empty: all).
 */
public record AgreementRequest(List<String> coders, AgreementUnit unit, List<String> documents, List<String> codes) {
    public AgreementRequest {
        coders = List.copyOf(coders);
        documents = List.copyOf(documents);
        codes = List.copyOf(codes);
    }
}

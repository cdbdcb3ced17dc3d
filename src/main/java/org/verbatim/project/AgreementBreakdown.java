package org.verbatim.project;

import java.util.List;

/**
 * Agreement over the documents compared ({@code overall}, the report of {@code verbatim
 * agreement}) and document by document, each the report {@code verbatim agreement --document}
 * gives for that document alone.
 */
public record AgreementBreakdown(AgreementReport overall, List<DocumentAgreement> byDocument) {

    /** One document's own report. */
    public record DocumentAgreement(long documentId, String document, AgreementReport report) { }
}

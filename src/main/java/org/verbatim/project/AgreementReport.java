package org.verbatim.project;

import java.util.List;

/**
 * Inter-coder agreement among two or more coders on the documents at least two of them coded;
 * see {@link Project#agreement}. {@code codes} has a yes/no row per code, {@code groups} a
 * multi-category row per code whose sub-codes are the categories, {@code overall} the row over
 * each unit's combination of codes. {@code notes} say what was left out and why (a document
 * without speaker turns, a coder missing from a document, sub-codes applied together).
 */
public record AgreementReport(List<String> coders, AgreementUnit unit, List<String> documents,
                              List<AgreementRow> codes, List<AgreementRow> groups, AgreementRow overall,
                              List<String> notes) { }

package org.verbatim.project;

import java.util.List;

/** Inter-coder agreement between two coders on the documents both coded; see {@link Project#agreement}. */
public record AgreementReport(String firstCoder, String secondCoder, AgreementUnit unit, List<String> documents,
                              List<AgreementRow> codes, AgreementRow overall) { }

package org.verbatim.project;

import java.util.List;
import java.util.Map;

/**
 * What an export of coded excerpts can choose from in this project: the columns of the
 * excerpt table in their usual order, each attribute's values (of participants and documents
 * alike, as filters match either), the coders and the documents.
 */
public record ExcerptChoices(List<String> columns, Map<String, List<String>> attributes, List<String> coders,
                             List<String> documents) {
    public ExcerptChoices {
        columns = List.copyOf(columns);
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        coders = List.copyOf(coders);
        documents = List.copyOf(documents);
    }
}

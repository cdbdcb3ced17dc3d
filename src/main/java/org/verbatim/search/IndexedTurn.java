package org.verbatim.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the index holds of one turn (or, in a document without turns, one paragraph): where it
 * is, who speaks, the attribute values of its document and participant together (each name
 * to its values), and the ids of the codes whose segments overlap it.
 *
 * @param number      the turn's index in its document, or the paragraph's for a document without turns
 * @param start       offset of {@code text} in the document text
 * @param language    the document's language code ({@code en}, {@code ru}); it picks the stemmer
 * @param speaker     the speaker label, null for a paragraph
 * @param participant the key of the participant the label is mapped to, or null
 * @param timestampMs the turn's time, or null
 */
public record IndexedTurn(long documentId, String documentName, String language, int number, int start, String text,
                          String speaker, String participant, Long timestampMs, Map<String, List<String>> attributes,
                          Set<Long> codeIds) {
    public IndexedTurn {
        attributes = Map.copyOf(attributes);
        codeIds = Set.copyOf(codeIds);
    }
}

package org.verbatim.project;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Attribute;
import org.verbatim.model.AttributeScope;
import org.verbatim.store.Tx;

/**
 * Coded excerpts as a table: document, participants, their attributes, document attributes
 * ({@code doc_} + name), code path, text, offsets, coder, memo, segment id, time of coding.
 */
record ExcerptTable(List<String> header, List<List<String>> rows) {

    static ExcerptTable of(Tx tx, List<SegmentView> segments) {
        List<String> participantColumns = tx.attributes().all(AttributeScope.PARTICIPANT).stream().map(Attribute::name).toList();
        List<String> documentColumns = tx.attributes().all(AttributeScope.DOCUMENT).stream().map(Attribute::name).toList();
        List<String> header = new ArrayList<>(List.of("document", "participants"));
        header.addAll(participantColumns);
        documentColumns.forEach(c -> header.add("doc_" + c));
        header.addAll(List.of("code", "text", "start", "end", "coder", "memo", "segment_id", "created"));
        List<List<String>> rows = new ArrayList<>();
        for (SegmentView s : segments) {
            List<String> row = new ArrayList<>(List.of(s.document(), String.join("; ", s.participants())));
            participantColumns.forEach(c -> row.add(s.participantAttributes().getOrDefault(c, "")));
            documentColumns.forEach(c -> row.add(s.documentAttributes().getOrDefault(c, "")));
            row.addAll(List.of(s.code(), s.text(), String.valueOf(s.start()), String.valueOf(s.end()), s.coder(),
                    s.memo() == null ? "" : s.memo(), String.valueOf(s.id()), s.createdAt().toString()));
            rows.add(row);
        }
        return new ExcerptTable(header, rows);
    }
}

package org.verbatim.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.model.Attribute;
import org.verbatim.model.AttributeScope;
import org.verbatim.store.Tx;

/**
 * Coded excerpts as a table: document, participants, their attributes, document attributes
 * ({@code doc_} + name), code path, text, offsets, coder, memo, segment id, time of coding —
 * all of these columns, or those chosen, in the order chosen.
 */
record ExcerptTable(List<String> header, List<List<String>> rows) {

    /** Every column an excerpt table can have, in their usual order, for this project's attributes. */
    static List<String> columns(Tx tx) {
        List<String> header = new ArrayList<>(List.of("document", "participants"));
        header.addAll(participantColumns(tx));
        documentColumns(tx).forEach(c -> header.add("doc_" + c));
        header.addAll(List.of("code", "text", "start", "end", "coder", "memo", "segment_id", "created"));
        return header;
    }

    static ExcerptTable of(Tx tx, List<SegmentView> segments) {
        List<String> participantColumns = participantColumns(tx);
        List<String> documentColumns = documentColumns(tx);
        List<List<String>> rows = new ArrayList<>();
        for (SegmentView s : segments) {
            List<String> row = new ArrayList<>(List.of(s.document(), String.join("; ", s.participants())));
            participantColumns.forEach(c -> row.add(s.participantAttributes().getOrDefault(c, "")));
            documentColumns.forEach(c -> row.add(s.documentAttributes().getOrDefault(c, "")));
            row.addAll(List.of(s.code(), s.text(), String.valueOf(s.start()), String.valueOf(s.end()), s.coder(),
                    s.memo() == null ? "" : s.memo(), String.valueOf(s.id()), s.createdAt().toString()));
            rows.add(row);
        }
        return new ExcerptTable(columns(tx), rows);
    }

    /**
     * The table with only {@code chosen} columns, in that order; refuses none, a column twice,
     * or a name that is no column of this project (naming the columns there are).
     */
    static ExcerptTable of(Tx tx, List<SegmentView> segments, List<String> chosen) {
        ExcerptTable all = of(tx, segments);
        if (chosen.isEmpty()) {
            throw new ProjectException("Choose at least one column to export");
        }
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < all.header().size(); i++) {
            at.put(all.header().get(i), i);
        }
        Set<String> seen = new HashSet<>();
        int[] picked = new int[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            String name = chosen.get(i);
            if (!at.containsKey(name)) {
                throw new ProjectException("There is no column '" + name + "' in the excerpts of this project; the columns are: "
                        + String.join(", ", all.header()));
            }
            if (!seen.add(name)) {
                throw new ProjectException("The column '" + name + "' is chosen twice");
            }
            picked[i] = at.get(name);
        }
        List<List<String>> rows = new ArrayList<>(all.rows().size());
        for (List<String> row : all.rows()) {
            List<String> cells = new ArrayList<>(picked.length);
            for (int i : picked) {
                cells.add(row.get(i));
            }
            rows.add(cells);
        }
        return new ExcerptTable(List.copyOf(chosen), rows);
    }

    private static List<String> participantColumns(Tx tx) {
        return tx.attributes().all(AttributeScope.PARTICIPANT).stream().map(Attribute::name).toList();
    }

    private static List<String> documentColumns(Tx tx) {
        return tx.attributes().all(AttributeScope.DOCUMENT).stream().map(Attribute::name).toList();
    }
}

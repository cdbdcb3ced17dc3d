package org.verbatim.project;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.verbatim.model.Code;
import org.verbatim.model.Coder;
import org.verbatim.model.Document;
import org.verbatim.store.Tx;

/**
 * Applies a {@link CodingSheet} in one transaction: every quote must be found (exactly once, or at
 * its stated occurrence) and every code must be in the codebook, or nothing is coded. A document
 * is named as the user names it elsewhere: its file name, with or without the extension. Rows
 * already coded identically are left as they are, so importing the same file twice changes
 * nothing; rows for documents the project does not hold are skipped, so one file can serve a
 * study imported in parts.
 */
final class CodingImport {
    private final Tx tx;
    private final CodeTree codes;
    private final Map<String, Optional<Document>> documents = new HashMap<>();
    private final Map<String, Coder> coders = new HashMap<>();

    private CodingImport(Tx tx) {
        this.tx = tx;
        this.codes = Codebook.tree(tx);
    }

    /** Applies the sheet; {@code coded} hears of each document that got a segment. */
    static Project.CodingsImport apply(Tx tx, CodingSheet sheet, String defaultCoder, LongConsumer coded) {
        return new CodingImport(tx).applyAll(sheet, defaultCoder, coded);
    }

    private Project.CodingsImport applyAll(CodingSheet sheet, String defaultCoder, LongConsumer coded) {
        int created = 0;
        int already = 0;
        int skipped = 0;
        TreeSet<String> unknown = new TreeSet<>();
        Instant now = Instant.now();
        for (CodingSheet.Row row : sheet.rows()) {
            Optional<Document> found = documents.computeIfAbsent(row.document(), n -> DocumentRefs.byName(tx, n));
            if (found.isEmpty()) {
                skipped++;
                unknown.add(row.document());
                continue;
            }
            Document d = found.get();
            Code code = codes.find(row.code()).orElseThrow(() -> new ProjectException(row.where() + ": there is no code '"
                    + String.join(CodeTree.SEPARATOR, CodeTree.parse(row.code())) + "' in the codebook (see: verbatim codes)"));
            int[] range = rangeOf(d, row);
            Coder coder = coders.computeIfAbsent(tx.coderOr(row.coder() == null ? defaultCoder : row.coder()),
                    name -> tx.coders().named(name));
            if (tx.segments().findSame(d.id(), code.id(), coder.id(), range[0], range[1]).isPresent()) {
                already++;
                continue;
            }
            tx.segments().insert(d.id(), code.id(), coder.id(), range[0], range[1],
                    d.text().substring(range[0], range[1]), row.memo(), now);
            coded.accept(d.id());
            created++;
        }
        return new Project.CodingsImport(created, already, skipped, List.copyOf(unknown));
    }

    private static int[] rangeOf(Document d, CodingSheet.Row row) {
        try {
            return Passages.rangeOf(d, new CodingRequest(d.name(), row.code(), null, null, row.quote(),
                    row.occurrence(), row.coder(), row.memo()));
        } catch (ProjectException e) {
            throw new ProjectException(row.where() + ": " + e.getMessage().replace("--occurrence", "the occurrence column"), e);
        }
    }
}

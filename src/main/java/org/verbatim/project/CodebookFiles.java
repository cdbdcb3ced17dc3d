package org.verbatim.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.exchange.CodebookEntry;
import org.verbatim.exchange.CodebookJson;
import org.verbatim.exchange.ExchangeException;
import org.verbatim.exchange.RefiCodebookFile;
import org.verbatim.model.Code;
import org.verbatim.model.Memo.MemoTarget;

/**
 * Codebook files as the window imports and exports them: Verbatim's JSON, or a REFI-QDA
 * codebook when the name ends in {@code .qdc}. An import keeps the codes it made and the
 * details it replaced, so it can be undone and done again exactly (same ids).
 */
public final class CodebookFiles {
    private final SearchIndexSync index;
    private final CodebookEditing codebook;
    private final RefiExchange refi;

    CodebookFiles(SearchIndexSync index, CodebookEditing codebook, RefiExchange refi) {
        this.index = index;
        this.codebook = codebook;
        this.refi = refi;
    }

    /** What an import did: the codes it made (by id, parents first), and the changed codes before and after. */
    public record Imported(String file, List<Code> made, List<Code> changedBefore, List<Code> changedAfter) {
        public Imported {
            made = List.copyOf(made);
            changedBefore = List.copyOf(changedBefore);
            changedAfter = List.copyOf(changedAfter);
        }
    }

    /** Whether the file is a REFI-QDA codebook by its name. */
    public static boolean isQdc(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdc");
    }

    /**
     * Adds the codes of a codebook file; existing codes (matched by path) take its colours and
     * descriptions. A file that is not a codebook is refused with what is wrong, changing nothing.
     */
    public Imported importFile(Path file) {
        List<CodebookEntry> entries;
        try {
            entries = isQdc(file) ? RefiExchange.entries(RefiCodebookFile.read(file).codes()) : CodebookJson.read(file);
        } catch (ExchangeException e) {
            throw new ProjectException(e.getMessage(), e);
        }
        return index.write((tx, changes) -> {
            Map<Long, Code> before = new HashMap<>();
            tx.codes().all().forEach(c -> before.put(c.id(), c));
            Codebook.importEntries(tx, entries);
            List<Code> made = new ArrayList<>();
            List<Code> changedBefore = new ArrayList<>();
            List<Code> changedAfter = new ArrayList<>();
            for (Code c : tx.codes().all()) {
                Code was = before.get(c.id());
                if (was == null) {
                    made.add(c);
                } else if (!was.equals(c)) {
                    changedBefore.add(was);
                    changedAfter.add(c);
                }
            }
            return new Imported(file.getFileName().toString(), made, changedBefore, changedAfter);
        });
    }

    /**
     * Undoes an import: the codes it made go (they must be unused: any coding with them came
     * later and is undone first), the codes it changed get their details back.
     */
    public void undoImport(Imported imported) {
        index.write((tx, changes) -> {
            for (int i = imported.made().size() - 1; i >= 0; i--) {
                Code c = imported.made().get(i);
                if (tx.codes().find(c.id()).isEmpty()) {
                    continue;
                }
                if (!tx.segments().ofCode(c.id()).isEmpty() || tx.memos().all().stream()
                        .anyMatch(m -> m.target() == MemoTarget.CODE && Long.valueOf(c.id()).equals(m.targetId()))) {
                    throw new ProjectException("The code '" + c.name() + "' from " + imported.file()
                            + " has segments or memos by now; the import is not undone");
                }
                tx.codes().delete(c.id());
            }
            imported.changedBefore().forEach(tx.codes()::update);
            return null;
        });
    }

    /** Does an undone import again: its codes come back with their ids, the changed codes take its details again. */
    public void redoImport(Imported imported) {
        index.write((tx, changes) -> {
            for (Code c : imported.made()) {
                if (tx.codes().find(c.id()).isEmpty()) {
                    tx.codes().restore(c);
                }
            }
            imported.changedAfter().forEach(tx.codes()::update);
            return null;
        });
    }

    /** Writes the codebook: a REFI-QDA codebook for a {@code .qdc} name, else Verbatim's JSON. */
    public void export(Path file) {
        if (isQdc(file)) {
            refi.exportCodebook(file);
        } else {
            codebook.exportJson(file);
        }
    }
}

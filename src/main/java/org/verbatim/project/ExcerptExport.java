package org.verbatim.project;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.verbatim.exchange.CsvDialect;
import org.verbatim.exchange.CsvTableWriter;
import org.verbatim.model.Coder;
import org.verbatim.model.Document;
import org.verbatim.store.ProjectStore;

/** Coded excerpts as CSV, with a choice of codes, filters, coders, documents and columns. */
final class ExcerptExport {
    private final ProjectStore store;

    ExcerptExport(ProjectStore store) {
        this.store = store;
    }

    ExcerptChoices choices() {
        return store.read(tx -> new ExcerptChoices(ExcerptTable.columns(tx), AttributeChoices.valuesByName(tx),
                tx.coders().all().stream().map(Coder::name).sorted().toList(),
                tx.documents().listWithoutText().stream().map(Document::name).sorted().toList()));
    }

    int count(ExcerptSelection selection) {
        return store.read(tx -> new SegmentViews(tx).select(selection).size());
    }

    int export(Path file, ExcerptSelection selection, List<String> columns, ExcerptLayout layout, ExcerptPrivacy privacy,
               Progress progress) {
        progress.update(0, -1, "Reading the excerpts");
        ExcerptTable table = store.read(tx -> ExcerptMasking.apply(tx,
                ExcerptTable.of(tx, new SegmentViews(tx).select(selection), columns), privacy));
        if (table.rows().isEmpty()) {
            throw new ProjectException("No coded excerpt matches the chosen codes and filters; " + file
                    + " was not written");
        }
        if (progress.isCancelled()) {
            throw new ProjectException("Export cancelled; no file was written");
        }
        return AtomicFile.write(file, out -> write(out, table, layout.dialect(), progress));
    }

    private static int write(OutputStream out, ExcerptTable table, CsvDialect dialect, Progress progress) {
        int total = table.rows().size();
        CsvTableWriter.write(out, table.header(), table.rows(), dialect, written -> {
            if (written % 100 == 0 || written == total) {
                if (progress.isCancelled()) {
                    throw new ProjectException("Export cancelled; no file was written");
                }
                progress.update(written, total, "Writing excerpt " + written + " of " + total);
            }
        });
        return total;
    }
}

package org.verbatim.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.verbatim.exchange.CodebookEntry;
import org.verbatim.exchange.CodebookJson;
import org.verbatim.exchange.ExchangeException;
import org.verbatim.model.Code;
import org.verbatim.store.ProjectStore;

/** The codebook: listing, editing the tree, and its JSON import and export. */
final class CodebookEditing {
    private final ProjectStore store;
    private final SearchIndexSync index;

    CodebookEditing(ProjectStore store, SearchIndexSync index) {
        this.store = store;
        this.index = index;
    }

    List<CodeNode> list() {
        return store.read(Codebook::list);
    }

    Code add(String path, String colour, String description, String shortcut) {
        return index.write((tx, changes) -> Codebook.add(tx, path, colour, description, shortcut));
    }

    Code edit(String path, String colour, String description, String shortcut) {
        return index.write((tx, changes) -> Codebook.edit(tx, path, colour, description, shortcut));
    }

    Code rename(String path, String newName) {
        return index.write((tx, changes) -> Codebook.rename(tx, path, newName));
    }

    Code move(String path, String newParentPath) {
        return index.write((tx, changes) -> Codebook.move(tx, path, newParentPath));
    }

    int merge(String sourcePath, String targetPath) {
        return index.write((tx, changes) -> {
            changes.documentsCodedWith(tx, sourcePath);
            return Codebook.merge(tx, sourcePath, targetPath);
        });
    }

    int delete(String path, boolean force) {
        return index.write((tx, changes) -> {
            changes.documentsCodedWith(tx, path);
            return Codebook.delete(tx, path, force);
        });
    }

    Project.CodebookImport importJson(Path json) {
        List<CodebookEntry> entries;
        try {
            entries = CodebookJson.read(json);
        } catch (ExchangeException e) {
            throw new ProjectException(e.getMessage());
        }
        var counts = index.write((tx, changes) -> Codebook.importEntries(tx, entries));
        return new Project.CodebookImport(counts.created(), counts.updated());
    }

    void exportJson(Path json) {
        var entries = store.read(Codebook::export);
        try {
            CodebookJson.write(json, entries);
        } catch (IOException e) {
            throw new ProjectException("Cannot write " + json + ": " + e.getMessage(), e);
        }
    }
}

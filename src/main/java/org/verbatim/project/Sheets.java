package org.verbatim.project;

import java.nio.file.Path;
import org.verbatim.exchange.CsvTable;
import org.verbatim.exchange.ExchangeException;

/** Reads the CSV sheets users hand to the use cases: exchange errors told as project errors, documents named alike. */
final class Sheets {
    private Sheets() {
    }

    static CsvTable read(Path csv) {
        try {
            return CsvTable.read(csv);
        } catch (ExchangeException e) {
            throw new ProjectException(e.getMessage(), e);
        }
    }

    /** The document's name: the last part of what the cell says, which may carry the folder it was imported from. */
    static String documentName(String cell, String where) {
        String[] parts = cell.replace('\\', '/').split("/");
        String last = parts.length == 0 ? "" : parts[parts.length - 1].strip();
        if (last.isEmpty()) {
            throw new ProjectException(where + ": '" + cell + "' names no document (give its file name, e.g. interview-01.txt)");
        }
        return last;
    }
}

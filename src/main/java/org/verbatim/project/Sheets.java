package org.verbatim.project;

import java.nio.file.Path;
import org.verbatim.exchange.CsvTable;
import org.verbatim.exchange.ExchangeException;

/** Reads the CSV sheets users hand to the use cases, with exchange errors told as project errors. */
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
}

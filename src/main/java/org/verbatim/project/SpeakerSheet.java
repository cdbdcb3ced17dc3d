package org.verbatim.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.exchange.CsvTable;

/** A {@code speakers.csv}: columns {@code file} (or document), {@code speaker}, {@code participant}. */
record SpeakerSheet(List<Row> rows) {

    /** One mapping: the document's file name (its last path part), the label, the participant id, where it was read. */
    record Row(String document, String speaker, String participant, String where) { }

    static SpeakerSheet read(Path csv) {
        CsvTable table = Sheets.read(csv);
        int file = table.column("file", "document");
        int speaker = table.column("speaker", "label");
        int participant = table.column("participant", "id");
        if (file < 0 || speaker < 0 || participant < 0) {
            throw new ProjectException(csv.getFileName() + ": the header must have the columns file, speaker, participant");
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            String name = Sheets.documentName(row.get(file), table.where(r));
            rows.add(new Row(name, row.get(speaker), row.get(participant), table.where(r)));
        }
        return new SpeakerSheet(rows);
    }
}

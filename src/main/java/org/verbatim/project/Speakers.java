package org.verbatim.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.model.Document;
import org.verbatim.store.Tx;

/** Which participant each speaker label stands for: listing, mapping by hand, mapping from a sheet. */
final class Speakers {
    private Speakers() {
    }

    static List<SpeakerView> list(Tx tx, String ref) {
        Map<Long, String> keys = new LinkedHashMap<>();
        tx.participants().all().forEach(p -> keys.put(p.id(), p.key()));
        List<Document> docs = ref == null ? tx.documents().listWithoutText() : List.of(DocumentRefs.resolve(tx, ref));
        List<SpeakerView> out = new ArrayList<>();
        for (Document d : docs) {
            Map<String, Long> map = tx.speakerMaps().ofDocument(d.id());
            for (var s : tx.turns().speakersOf(d.id())) {
                Long p = map.get(s.speaker());
                out.add(new SpeakerView(d.name(), s.speaker(), s.turns(), p == null ? null : keys.get(p)));
            }
        }
        return out;
    }

    /** Maps every row whose document is in the project; rows for other documents are counted as skipped. */
    static Project.SpeakerMapImport importSheet(Tx tx, SpeakerSheet sheet) {
        int mapped = 0;
        int skipped = 0;
        for (SpeakerSheet.Row row : sheet.rows()) {
            var d = tx.documents().findByName(row.document());
            if (d.isEmpty()) {
                skipped++;
                continue;
            }
            map(tx, d.get(), row.speaker(), row.participant(), row.where() + ": ");
            mapped++;
        }
        return new Project.SpeakerMapImport(mapped, skipped);
    }

    /** Maps (or, with a blank participant, unmaps) one label; {@code where} prefixes error messages. */
    static void map(Tx tx, Document d, String speaker, String participantKey, String where) {
        if (tx.turns().speakersOf(d.id()).stream().noneMatch(s -> s.speaker().equals(speaker))) {
            throw new ProjectException(where + "the document " + d.name() + " has no speaker labelled '" + speaker + "'");
        }
        if (participantKey == null || participantKey.isBlank()) {
            tx.speakerMaps().unmap(d.id(), speaker);
            return;
        }
        var p = tx.participants().findByKey(participantKey.strip()).orElseThrow(() -> new ProjectException(
                where + "there is no participant with id '" + participantKey + "' (see: verbatim participants)"));
        tx.speakerMaps().map(d.id(), speaker, p.id());
    }
}

package org.verbatim.project;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.verbatim.exchange.RefiProject;
import org.verbatim.exchange.RefiProject.Case;
import org.verbatim.exchange.RefiProject.Coding;
import org.verbatim.exchange.RefiProject.Link;
import org.verbatim.exchange.RefiProject.Note;
import org.verbatim.exchange.RefiProject.Selection;
import org.verbatim.exchange.RefiProject.Source;
import org.verbatim.exchange.RefiProject.User;
import org.verbatim.exchange.RefiProject.Value;
import org.verbatim.exchange.RefiProject.Variable;
import org.verbatim.exchange.RefiProject.VariableType;
import org.verbatim.model.Attribute;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;
import org.verbatim.model.Code;
import org.verbatim.model.Coder;
import org.verbatim.model.Document;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.Segment;
import org.verbatim.model.Turn;
import org.verbatim.store.ParticipantTable;
import org.verbatim.store.Tx;

/**
 * Builds the REFI-QDA picture of a project: coders as users, the codebook, attributes as typed
 * variables, participants as cases with the selections of their turns (so another tool sees
 * who said what), documents as text sources with a selection and coding per segment (positions
 * in Unicode code points), memos as notes where their NoteRef (or, for a participant, a link)
 * points. Each selection is named by the start of its text, as ATLAS.ti names quotations,
 * which lets an import tell how positions were counted.
 */
final class RefiExportBuilder {
    private static final int NAME_LENGTH = 100;

    private final Tx tx;
    private final Map<Long, String> coderGuids = new HashMap<>();
    private final Map<Long, List<String>> noteRefs = new HashMap<>();
    private final List<Note> notes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<String> projectNotes = new ArrayList<>();

    private RefiExportBuilder(Tx tx) {
        this.tx = tx;
    }

    static RefiProject build(Tx tx, String name, Progress progress) {
        return new RefiExportBuilder(tx).build(name, progress);
    }

    /** The codebook alone, for a .qdc. */
    static List<RefiProject.Code> codebook(Tx tx) {
        RefiExportBuilder b = new RefiExportBuilder(tx);
        return b.codes(null, b.childrenByParent());
    }

    static String guid(String kind, long id) {
        return UUID.nameUUIDFromBytes(("verbatim:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private RefiProject build(String name, Progress progress) {
        List<User> users = new ArrayList<>();
        for (Coder c : tx.coders().all()) {
            coderGuids.put(c.id(), guid("coder", c.id()));
            users.add(new User(guid("coder", c.id()), c.name()));
        }
        memos();
        List<RefiProject.Code> codes = codes(null, childrenByParent());
        Map<Long, String> participantAttributes = new HashMap<>();
        Map<Long, String> documentAttributes = new HashMap<>();
        List<Variable> variables = new ArrayList<>();
        variables(AttributeScope.PARTICIPANT, participantAttributes, variables);
        variables(AttributeScope.DOCUMENT, documentAttributes, variables);
        Map<Long, List<String>> turnsOf = new LinkedHashMap<>();
        List<Source> sources = sources(documentAttributes, turnsOf, progress);
        List<Case> cases = new ArrayList<>();
        Map<Long, Map<String, String>> values = tx.attributes().valuesByOwner(AttributeScope.PARTICIPANT);
        for (ParticipantTable.Row p : tx.participants().all()) {
            String description = p.name() == null || p.name().isBlank() || p.name().equals(p.key()) ? null : p.name();
            cases.add(new Case(guid("participant", p.id()), p.key(), description,
                    values(values.getOrDefault(p.id(), Map.of()), participantAttributes, AttributeScope.PARTICIPANT),
                    List.of(), turnsOf.getOrDefault(p.id(), List.of())));
        }
        return new RefiProject(name, "Verbatim", users, codes, variables, cases, sources, notes, links, List.of(),
                projectNotes, Map.of());
    }

    private void memos() {
        for (Memo m : tx.memos().all()) {
            String g = guid("memo", m.id());
            notes.add(new Note(g, m.title(), m.text(), null));
            switch (m.target()) {
                case PROJECT -> projectNotes.add(g);
                case PARTICIPANT -> links.add(new Link(guid("memo-link", m.id()), "Memo",
                        g, guid("participant", m.targetId())));
                default -> noteRefs.computeIfAbsent(key(m.target(), m.targetId()), k -> new ArrayList<>()).add(g);
            }
        }
    }

    /** One key space for the note references of documents, codes and segments. */
    private static long key(MemoTarget target, long id) {
        return id * 8 + target.ordinal();
    }

    private List<String> notesOf(MemoTarget target, long id) {
        return noteRefs.getOrDefault(key(target, id), List.of());
    }

    private Map<Long, List<Code>> childrenByParent() {
        Map<Long, List<Code>> out = new HashMap<>();
        for (Code c : tx.codes().all()) {
            out.computeIfAbsent(c.parentId() == null ? -1L : c.parentId(), k -> new ArrayList<>()).add(c);
        }
        out.values().forEach(l -> l.sort(java.util.Comparator.comparingLong(Code::id)));
        return out;
    }

    private List<RefiProject.Code> codes(Long parent, Map<Long, List<Code>> children) {
        List<RefiProject.Code> out = new ArrayList<>();
        for (Code c : children.getOrDefault(parent == null ? -1L : parent, List.of())) {
            out.add(new RefiProject.Code(guid("code", c.id()), c.name(), c.color(), true, c.description(),
                    notesOf(MemoTarget.CODE, c.id()), codes(c.id(), children)));
        }
        return out;
    }

    private void variables(AttributeScope scope, Map<Long, String> guids, List<Variable> out) {
        for (Attribute a : tx.attributes().all(scope)) {
            String g = guid("attribute", a.id());
            guids.put(a.id(), g);
            out.add(new Variable(g, a.name(), type(a.type()), null));
        }
    }

    private List<Value> values(Map<String, String> values, Map<Long, String> guids, AttributeScope scope) {
        List<Value> out = new ArrayList<>();
        for (Attribute a : tx.attributes().all(scope)) {
            String v = values.get(a.name());
            if (v != null && !v.isBlank()) {
                out.add(new Value(guids.get(a.id()), v));
            }
        }
        return out;
    }

    static VariableType type(AttributeType t) {
        return switch (t) {
            case TEXT -> VariableType.TEXT;
            case INTEGER -> VariableType.INTEGER;
            case DECIMAL -> VariableType.FLOAT;
            case DATE -> VariableType.DATE;
            case BOOLEAN -> VariableType.BOOLEAN;
        };
    }

    private List<Source> sources(Map<Long, String> attributeGuids, Map<Long, List<String>> turnsOf, Progress progress) {
        Map<Long, Map<String, String>> values = tx.attributes().valuesByOwner(AttributeScope.DOCUMENT);
        List<Document> documents = tx.documents().listWithoutText();
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (progress.isCancelled()) {
                throw new ProjectException("Export cancelled; no file was written");
            }
            progress.update(i, documents.size(), "Exporting " + documents.get(i).name());
            Document d = tx.documents().find(documents.get(i).id()).orElseThrow();
            String text = d.text();
            List<Selection> selections = new ArrayList<>();
            for (Segment s : tx.segments().ofDocument(d.id())) {
                String coder = coderGuids.get(s.coderId());
                selections.add(new Selection(guid("segment", s.id()), name(text, s.start(), s.end()),
                        codePoints(text, s.start()), codePoints(text, s.end()), coder, s.memo(),
                        List.of(new Coding(guid("coding", s.id()), guid("code", s.codeId()), coder, List.of())),
                        notesOf(MemoTarget.SEGMENT, s.id())));
            }
            Map<String, Long> speakers = tx.speakerMaps().ofDocument(d.id());
            for (Turn t : tx.turns().ofDocument(d.id())) {
                Long participant = speakers.get(t.speaker());
                if (participant == null || t.end() <= t.start()) {
                    continue;
                }
                String g = guid("turn", t.id());
                selections.add(new Selection(g, name(text, t.start(), t.end()), codePoints(text, t.start()),
                        codePoints(text, t.end()), null, null, List.of(), List.of()));
                turnsOf.computeIfAbsent(participant, k -> new ArrayList<>()).add(g);
            }
            out.add(new Source(guid("document", d.id()), d.name(), false, text, null, null, selections, List.of(),
                    values(values.getOrDefault(d.id(), Map.of()), attributeGuids, AttributeScope.DOCUMENT),
                    notesOf(MemoTarget.DOCUMENT, d.id())));
        }
        return out;
    }

    /** A UTF-16 offset as the standard counts: Unicode code points from the start. */
    static long codePoints(String text, int utf16) {
        return text.codePointCount(0, utf16);
    }

    private static String name(String text, int start, int end) {
        String t = text.substring(start, end).replaceAll("\\s+", " ").strip();
        if (t.length() <= NAME_LENGTH) {
            return t;
        }
        int cut = NAME_LENGTH - 1;
        if (Character.isHighSurrogate(t.charAt(cut - 1))) {
            cut--;
        }
        return t.substring(0, cut) + "…";
    }
}

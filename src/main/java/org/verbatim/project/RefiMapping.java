package org.verbatim.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.exchange.RefiProject;
import org.verbatim.exchange.RefiProject.Case;
import org.verbatim.exchange.RefiProject.Code;
import org.verbatim.exchange.RefiProject.Note;
import org.verbatim.exchange.RefiProject.Value;
import org.verbatim.exchange.RefiProject.Variable;
import org.verbatim.model.Attribute;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.store.Tx;

/**
 * The one mapping from a REFI-QDA project into a Verbatim project, used by an import into a
 * new project and by a merge into an existing one: it only adds. Codes are matched by path,
 * coders by name, participants by id (the case's name), documents by their normalised text;
 * what matches is used as it is, never changed. Runs inside the caller's one transaction.
 *
 * <p>Users become coders, codes keep their tree, colour and description (an ATLAS.ti
 * {@code Parent::Child} name becomes a sub-code when the file has no nesting), cases become
 * participants with typed attribute values, text sources become documents (see
 * {@link RefiSources}), notes become memos where their NoteRef (or a link) points.
 */
final class RefiMapping {
    static final String DEFAULT_CODER = "imported";

    final Tx tx;
    final IndexChanges changes;
    final String asCoder;
    final Progress progress;
    final List<RefiReport.LeftOut> leftOut = new ArrayList<>();
    final Map<String, Long> codeIds = new HashMap<>();
    final Map<String, String> userNames = new HashMap<>();
    final Map<String, Long> participantIds = new HashMap<>();
    final Map<String, Attribute> variables = new HashMap<>();
    final Map<String, List<Memo>> noteTargets = new LinkedHashMap<>();
    int codesAdded;
    int codesMatched;
    int codersAdded;
    int codersMatched;
    int participantsAdded;
    int participantsMatched;
    int attributeValues;
    int memosAdded;
    int memosMatched;
    private final Set<String> existingCoders = new HashSet<>();
    private final Map<String, Long> coderIds = new HashMap<>();
    private final Set<Long> codesCreatedHere = new HashSet<>();

    RefiMapping(Tx tx, IndexChanges changes, String asCoder, Progress progress) {
        this.tx = tx;
        this.changes = changes;
        this.asCoder = asCoder == null || asCoder.isBlank() ? null : asCoder.strip();
        this.progress = progress;
    }

    /** Adds {@code project} (read from {@code file}) to the store; returns what was done. */
    RefiReport apply(RefiProject project, String file) {
        tx.coders().all().forEach(c -> existingCoders.add(c.name()));
        users(project);
        codes(project);
        variables(project);
        cases(project);
        RefiSources sources = new RefiSources(this, file);
        sources.apply(project);
        if (asCoder != null) {
            coder(null);
        }
        notes(project, sources);
        Map<String, Integer> notModelled = new LinkedHashMap<>(project.notModelled());
        int otherLinks = (int) project.links().stream().filter(l -> !isNoteLink(project, l)).count();
        if (otherLinks > 0) {
            notModelled.merge("links between objects", otherLinks, Integer::sum);
        }
        int sourceRefs = project.cases().stream().mapToInt(c -> c.sourceRefs().size()).sum();
        if (sourceRefs > 0) {
            notModelled.merge("links of cases to whole sources", sourceRefs, Integer::sum);
        }
        return new RefiReport(file,
                new RefiReport.Counts(codesAdded, sources.documentsAdded, sources.segmentsAdded, codersAdded,
                        participantsAdded, memosAdded),
                new RefiReport.Counts(codesMatched, sources.documentsMatched, 0, codersMatched, participantsMatched,
                        memosMatched),
                sources.segmentsPresent, attributeValues, project.sets().size(), leftOut, notModelled,
                sources.countings);
    }

    // ---- coders ------------------------------------------------------------------------------

    private void users(RefiProject project) {
        for (RefiProject.User u : project.users()) {
            String name = u.name() == null || u.name().isBlank() ? "user " + u.guid() : u.name().strip();
            userNames.put(u.guid(), name);
            if (asCoder == null) {
                coder(name);
            }
        }
    }

    /** The coder of that name (or the --as-coder one), created when new. */
    long coder(String name) {
        String n = asCoder != null ? asCoder : name == null || name.isBlank() ? DEFAULT_CODER : name;
        String kept = n.length() > 200 ? n.substring(0, 200) : n;
        return coderIds.computeIfAbsent(kept, k -> {
            if (existingCoders.contains(k)) {
                codersMatched++;
            } else {
                codersAdded++;
            }
            return tx.coders().named(k).id();
        });
    }

    String userName(String... guids) {
        for (String g : guids) {
            if (g != null && userNames.containsKey(g)) {
                return userNames.get(g);
            }
        }
        return null;
    }

    // ---- codes -------------------------------------------------------------------------------

    private void codes(RefiProject project) {
        boolean flat = project.codes().stream().allMatch(c -> c.children().isEmpty());
        for (Code c : project.codes()) {
            code(c, null, flat);
        }
    }

    private void code(Code c, Long parentId, boolean flat) {
        List<String> path = new ArrayList<>();
        if (flat && c.name().contains("::")) {
            for (String part : c.name().split("::")) {
                if (!part.isBlank()) {
                    path.add(part);
                }
            }
        }
        if (path.isEmpty()) {
            path.add(c.name());
        }
        Long parent = parentId;
        for (int i = 0; i < path.size(); i++) {
            boolean last = i == path.size() - 1;
            parent = ensureCode(parent, path.get(i), last ? c : null);
        }
        codeIds.put(c.guid(), parent);
        for (Code child : c.children()) {
            code(child, parent, flat);
        }
    }

    private long ensureCode(Long parentId, String rawName, Code details) {
        String name = codeName(rawName);
        var existing = tx.codes().child(parentId, name);
        if (existing.isPresent()) {
            var code = existing.get();
            if (details != null && codesCreatedHere.contains(code.id())) {
                // A parent made for "Coke::diet Coke" before the file's own "Coke" came: give it its details now.
                tx.codes().update(new org.verbatim.model.Code(code.id(), code.parentId(), code.name(),
                        details.color() == null ? code.color() : details.color(), blank(details.description()),
                        code.shortcut()));
                codesCreatedHere.remove(code.id());
            } else if (details != null) {
                codesMatched++;
            }
            return code.id();
        }
        String colour = details == null || details.color() == null ? Palette.colour(tx.codes().count())
                : details.color();
        long id = tx.codes().insert(parentId, name, colour, details == null ? null : blank(details.description()), null);
        codesAdded++;
        if (details == null) {
            codesCreatedHere.add(id);
        }
        return id;
    }

    /** A code name as Verbatim keeps it: '/' separates code paths, so a name's own slash becomes '∕'. */
    static String codeName(String name) {
        String n = name.strip().replace('/', '\u2215');
        if (n.isEmpty()) {
            n = "(unnamed)";
        }
        return n.length() > 500 ? n.substring(0, 500) : n;
    }

    // ---- variables and cases -----------------------------------------------------------------

    private void variables(RefiProject project) {
        // The scope of a variable is where its values are: on cases, on sources, or both.
        Set<String> onCases = new HashSet<>();
        project.cases().forEach(c -> c.values().forEach(v -> onCases.add(v.variableGuid())));
        Set<String> onSources = new HashSet<>();
        project.sources().forEach(s -> s.values().forEach(v -> onSources.add(v.variableGuid())));
        for (Variable v : project.variables()) {
            AttributeType type = type(v.type());
            if (onCases.contains(v.guid()) || !onSources.contains(v.guid())) {
                variables.put("case " + v.guid(), AttributeValues.prepare(tx, AttributeScope.PARTICIPANT,
                        attributeName(v.name()), type, false));
            }
            if (onSources.contains(v.guid())) {
                variables.put("source " + v.guid(), AttributeValues.prepare(tx, AttributeScope.DOCUMENT,
                        attributeName(v.name()), type, false));
            }
        }
    }

    private static String attributeName(String name) {
        String n = name.strip();
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    static AttributeType type(RefiProject.VariableType t) {
        return switch (t) {
            case BOOLEAN -> AttributeType.BOOLEAN;
            case INTEGER -> AttributeType.INTEGER;
            case FLOAT -> AttributeType.DECIMAL;
            case DATE -> AttributeType.DATE;
            case TEXT, DATETIME -> AttributeType.TEXT;
        };
    }

    /** Sets the values an owner does not have yet; a value that does not fit its attribute is reported. */
    void values(List<Value> values, String scope, long ownerId, String owner) {
        AttributeScope s = scope.equals("case") ? AttributeScope.PARTICIPANT : AttributeScope.DOCUMENT;
        Map<String, String> present = tx.attributes().valuesOf(s, ownerId);
        for (Value v : values) {
            Attribute a = variables.get(scope + " " + v.variableGuid());
            if (a == null || present.containsKey(a.name())) {
                continue;
            }
            String value = v.value().strip();
            if (value.length() > AttributeValues.MAX_VALUE_LENGTH || !a.type().accepts(value)) {
                leftOut.add(new RefiReport.LeftOut("value", a.name() + " of " + owner, "'" + shorten(value)
                        + "' is not " + AttributeValues.article(a.type()), false));
                continue;
            }
            tx.attributes().setValue(a, ownerId, value);
            attributeValues++;
            if (s == AttributeScope.PARTICIPANT) {
                // A case's "role" variable is the participant's role, as in participants.csv.
                try {
                    Participants.roleFollowsAttribute(tx, ownerId, a.name(), value);
                } catch (ProjectException e) {
                    leftOut.add(new RefiReport.LeftOut("value", "role of " + owner, e.getMessage(), false));
                }
            }
        }
    }

    private void cases(RefiProject project) {
        for (Case c : project.cases()) {
            String key = c.name() == null || c.name().isBlank() ? c.guid() : c.name().strip();
            key = key.length() > 200 ? key.substring(0, 200) : key;
            var existing = tx.participants().findByKey(key);
            long id;
            if (existing.isPresent()) {
                id = existing.get().id();
                participantsMatched++;
            } else {
                String d = c.description() == null ? null : c.description().strip();
                String name = d != null && !d.isEmpty() && d.length() <= 200 && !d.contains("\n") ? d : null;
                id = tx.participants().insert(key, name);
                participantsAdded++;
                if (d != null && name == null && !d.isEmpty()) {
                    addMemo(MemoTarget.PARTICIPANT, id, "Description", d);
                }
            }
            participantIds.put(c.guid(), id);
            values(c.values(), "case", id, "participant " + key);
        }
    }

    // ---- notes -------------------------------------------------------------------------------

    /** Where notes attach, by the GUID of the object that points to them. */
    void noteRefs(List<String> refs, MemoTarget target, Long targetId) {
        for (String r : refs) {
            noteTargets.computeIfAbsent(r, k -> new ArrayList<>()).add(new Memo(0, target, targetId, null, null, null));
        }
    }

    private void notes(RefiProject project, RefiSources sources) {
        noteRefs(project.projectNoteRefs(), MemoTarget.PROJECT, null);
        for (Code c : project.allCodes()) {
            noteRefs(c.noteRefs(), MemoTarget.CODE, codeIds.get(c.guid()));
        }
        Set<String> noteGuids = new HashSet<>();
        project.notes().forEach(n -> noteGuids.add(n.guid()));
        for (RefiProject.Link l : project.links()) {
            String note = noteGuids.contains(l.originGuid()) ? l.originGuid()
                    : noteGuids.contains(l.targetGuid()) ? l.targetGuid() : null;
            if (note == null) {
                continue;
            }
            String other = note.equals(l.originGuid()) ? l.targetGuid() : l.originGuid();
            Memo target = targetOf(other, sources);
            if (target != null) {
                noteTargets.computeIfAbsent(note, k -> new ArrayList<>()).add(target);
            }
        }
        for (Note n : project.notes()) {
            if (n.text() == null) {
                leftOut.add(new RefiReport.LeftOut("note", n.guid() + " (" + n.name() + ")", n.missing(), false));
                continue;
            }
            List<Memo> targets = noteTargets.getOrDefault(n.guid(),
                    List.of(new Memo(0, MemoTarget.PROJECT, null, null, null, null)));
            for (Memo t : targets) {
                addMemo(t.target(), t.targetId(), n.name(), n.text());
            }
        }
    }

    private Memo targetOf(String guid, RefiSources sources) {
        if (participantIds.containsKey(guid)) {
            return new Memo(0, MemoTarget.PARTICIPANT, participantIds.get(guid), null, null, null);
        }
        if (codeIds.containsKey(guid)) {
            return new Memo(0, MemoTarget.CODE, codeIds.get(guid), null, null, null);
        }
        return sources.memoTargetOf(guid);
    }

    private static boolean isNoteLink(RefiProject project, RefiProject.Link l) {
        return project.notes().stream().anyMatch(n -> n.guid().equals(l.originGuid()) || n.guid().equals(l.targetGuid()));
    }

    /** Adds a memo unless the same one is already attached there. */
    void addMemo(MemoTarget target, Long targetId, String title, String text) {
        String t = title == null || title.isBlank() ? "Memo" : title.strip();
        t = t.length() > 500 ? t.substring(0, 500) : t;
        for (Memo m : tx.memos().all()) {
            if (m.target() == target && java.util.Objects.equals(m.targetId(), targetId) && m.title().equals(t)
                    && m.text().equals(text)) {
                memosMatched++;
                return;
            }
        }
        tx.memos().insert(target, targetId, t, text, Instant.now());
        memosAdded++;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String shorten(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}

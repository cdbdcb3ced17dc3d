package org.verbatim.exchange;

import java.util.List;
import java.util.Map;

/**
 * What a REFI-QDA project file (.qdpx / project.qde) holds that Verbatim can use, as plain
 * immutable records, and a count of what it holds that Verbatim does not model. GUIDs are
 * normalised (no braces, lower case). Selection positions are as the file gives them; the
 * text of a source is as decoded from its file (a leading byte order mark and CRLF kept), so
 * {@link SelectionAnchors} can decide how the writing tool counted.
 */
public record RefiProject(String name, String origin, List<User> users, List<Code> codes,
                          List<Variable> variables, List<Case> cases, List<Source> sources, List<Note> notes,
                          List<Link> links, List<Set> sets, List<String> projectNoteRefs,
                          Map<String, Integer> notModelled) {
    public RefiProject {
        users = List.copyOf(users);
        codes = List.copyOf(codes);
        variables = List.copyOf(variables);
        cases = List.copyOf(cases);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
        links = List.copyOf(links);
        sets = List.copyOf(sets);
        projectNoteRefs = List.copyOf(projectNoteRefs);
        notModelled = Map.copyOf(notModelled);
    }

    /** A person who worked on the project. */
    public record User(String guid, String name) { }

    /** A code with its sub-codes; {@code codable} false marks a grouping code. Colour {@code #RRGGBB} or null. */
    public record Code(String guid, String name, String color, boolean codable, String description,
                       List<String> noteRefs, List<Code> children) {
        public Code {
            noteRefs = List.copyOf(noteRefs);
            children = List.copyOf(children);
        }
    }

    /** The REFI-QDA types of variables. */
    public enum VariableType { TEXT, BOOLEAN, INTEGER, FLOAT, DATE, DATETIME }

    public record Variable(String guid, String name, VariableType type, String description) { }

    /** A value of a variable, as the file writes it. */
    public record Value(String variableGuid, String value) { }

    /** A case (a participant): its variable values and the sources or selections that are theirs. */
    public record Case(String guid, String name, String description, List<Value> values, List<String> sourceRefs,
                       List<String> selectionRefs) {
        public Case {
            values = List.copyOf(values);
            sourceRefs = List.copyOf(sourceRefs);
            selectionRefs = List.copyOf(selectionRefs);
        }
    }

    /**
     * A source with plain text: a TextSource, or the text representation of a PDF source.
     * {@code text} is null when it could not be read; {@code missing} then says why.
     */
    public record Source(String guid, String name, boolean fromPdf, String text, String missing, String description,
                         List<Selection> selections, List<Coding> wholeSourceCodings, List<Value> values,
                         List<String> noteRefs) {
        public Source {
            selections = List.copyOf(selections);
            wholeSourceCodings = List.copyOf(wholeSourceCodings);
            values = List.copyOf(values);
            noteRefs = List.copyOf(noteRefs);
        }
    }

    /** A PlainTextSelection: {@code [start, end)} as the file counts it. */
    public record Selection(String guid, String name, long start, long end, String creatingUser, String description,
                            List<Coding> codings, List<String> noteRefs) {
        public Selection {
            codings = List.copyOf(codings);
            noteRefs = List.copyOf(noteRefs);
        }
    }

    /** A code applied to a selection (or a whole source). */
    public record Coding(String guid, String codeGuid, String creatingUser, List<String> noteRefs) {
        public Coding {
            noteRefs = List.copyOf(noteRefs);
        }
    }

    /** A note (memo); {@code text} null when it could not be read, {@code missing} then says why. */
    public record Note(String guid, String name, String text, String missing) { }

    /** A link between two objects (only links with a note at one end are kept: as memos). */
    public record Link(String guid, String name, String originGuid, String targetGuid) { }

    /** A set of codes, sources and notes (ATLAS.ti code and document groups, MAXQDA sets). */
    public record Set(String guid, String name, String description, List<String> codes, List<String> sources,
                      List<String> notes) {
        public Set {
            codes = List.copyOf(codes);
            sources = List.copyOf(sources);
            notes = List.copyOf(notes);
        }
    }

    /** Every code, depth first. */
    public List<Code> allCodes() {
        List<Code> out = new java.util.ArrayList<>();
        collect(codes, out);
        return out;
    }

    private static void collect(List<Code> level, List<Code> out) {
        for (Code c : level) {
            out.add(c);
            collect(c.children(), out);
        }
    }

    /** The number of plain-text selections over all sources. */
    public int selectionCount() {
        return sources.stream().mapToInt(s -> s.selections().size()).sum();
    }
}

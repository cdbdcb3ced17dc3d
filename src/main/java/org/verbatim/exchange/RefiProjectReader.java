package org.verbatim.exchange;

import static org.verbatim.exchange.SafeXml.attr;
import static org.verbatim.exchange.SafeXml.child;
import static org.verbatim.exchange.SafeXml.childText;
import static org.verbatim.exchange.SafeXml.children;
import static org.verbatim.exchange.SafeXml.listed;
import static org.verbatim.exchange.SafeXml.localName;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.exchange.RefiProject.Case;
import org.verbatim.exchange.RefiProject.Code;
import org.verbatim.exchange.RefiProject.Coding;
import org.verbatim.exchange.RefiProject.Link;
import org.verbatim.exchange.RefiProject.Note;
import org.verbatim.exchange.RefiProject.Selection;
import org.verbatim.exchange.RefiProject.Source;
import org.verbatim.exchange.RefiProject.User;
import org.verbatim.exchange.RefiProject.Value;
import org.verbatim.exchange.RefiProject.Variable;
import org.verbatim.exchange.RefiProject.VariableType;
import org.w3c.dom.Element;

/**
 * Reads a REFI-QDA project from a {@link RefiArchive} into a {@link RefiProject}. A file whose
 * structure cannot be trusted is refused with a message naming the element: duplicate GUIDs
 * on elements of one kind, a reference ({@code targetGUID}) to nothing in the file, a coding
 * of something that is not a code, a position that is not a number. What Verbatim does not
 * model (pictures, audio, video, their selections, graphs) is counted, not read.
 */
public final class RefiProjectReader {
    private final RefiArchive archive;
    private final String where;
    private final Map<String, String> kinds = new HashMap<>();
    private final Set<String> codeGuids = new HashSet<>();
    private final Set<String> variableGuids = new HashSet<>();
    private final Set<String> textSelectionGuids = new HashSet<>();
    private final Map<String, Integer> notModelled = new LinkedHashMap<>();

    private RefiProjectReader(RefiArchive archive) {
        this.archive = archive;
        this.where = archive.name().equals(archive.qdeName()) ? archive.name()
                : archive.name() + " (" + archive.qdeName() + ")";
    }

    /** Reads the project in {@code archive}. */
    public static RefiProject read(RefiArchive archive) {
        return new RefiProjectReader(archive).read();
    }

    private RefiProject read() {
        Element root = SafeXml.parse(archive.qde(), where).getDocumentElement();
        if (!SafeXml.isRefi(root) || !localName(root).equals("Project")) {
            String what = localName(root).equals("CodeBook") ? " (it is a codebook: import it with verbatim codes"
                    + " PROJECT --import FILE.qdc)" : "";
            throw new ExchangeException(where + " is not a REFI-QDA project: its root element is <" + localName(root)
                    + "> in namespace " + root.getNamespaceURI() + what);
        }
        register(root);
        checkReferences(root);
        List<User> users = new ArrayList<>();
        for (Element u : listed(root, "Users", "User")) {
            users.add(new User(guid(u), blankTo(attr(u, "name"), attr(u, "id"))));
        }
        List<Code> codes = new ArrayList<>();
        for (Element c : listed(root, "CodeBook", "Codes").stream().flatMap(cs -> children(cs, "Code").stream())
                .toList()) {
            codes.add(code(c));
        }
        List<Variable> variables = new ArrayList<>();
        for (Element v : listed(root, "Variables", "Variable")) {
            variables.add(new Variable(guid(v), required(v, "name"), variableType(v), childText(v, "Description")));
        }
        List<Case> cases = new ArrayList<>();
        for (Element c : listed(root, "Cases", "Case")) {
            cases.add(new Case(guid(c), attr(c, "name"), childText(c, "Description"), values(c),
                    refs(c, "SourceRef"), refs(c, "SelectionRef")));
        }
        List<Source> sources = sources(root);
        List<Note> notes = new ArrayList<>();
        for (Element n : listed(root, "Notes", "Note")) {
            notes.add(note(n));
        }
        List<Link> links = new ArrayList<>();
        for (Element l : listed(root, "Links", "Link")) {
            links.add(new Link(guid(l), attr(l, "name"), norm(attr(l, "originGUID")), norm(attr(l, "targetGUID"))));
        }
        List<RefiProject.Set> sets = new ArrayList<>();
        for (Element s : listed(root, "Sets", "Set")) {
            sets.add(new RefiProject.Set(guid(s), attr(s, "name"), childText(s, "Description"), refs(s, "MemberCode"),
                    refs(s, "MemberSource"), refs(s, "MemberNote")));
        }
        int graphs = listed(root, "Graphs", "Graph").size();
        if (graphs > 0) {
            notModelled.merge("graphs", graphs, Integer::sum);
        }
        return new RefiProject(blankTo(attr(root, "name"), "project"), attr(root, "origin"), users, codes,
                variables, cases, sources, notes, links, sets, refs(root, "NoteRef"), notModelled);
    }

    // ---- GUIDs and references ---------------------------------------------------------------

    /** Records every GUID in the file, refusing two elements of one kind that share one. */
    private void register(Element e) {
        String g = attr(e, "guid");
        if (g != null && !localName(e).equals("MemberCode")) {
            String guid = norm(g);
            String kind = localName(e);
            String previous = kinds.putIfAbsent(kind + " " + guid, kind);
            if (previous != null) {
                throw new ExchangeException(where + ": two <" + kind + "> elements have the GUID " + g
                        + "; every element needs its own");
            }
            kinds.putIfAbsent(guid, kind);
            switch (kind) {
                case "Code" -> codeGuids.add(guid);
                case "Variable" -> variableGuids.add(guid);
                case "PlainTextSelection" -> textSelectionGuids.add(guid);
                default -> { }
            }
        }
        for (Element c : children(e)) {
            register(c);
        }
    }

    private void checkReferences(Element e) {
        for (String a : new String[] {"targetGUID", "originGUID"}) {
            String target = attr(e, a);
            if (target == null) {
                continue;
            }
            String kind = kinds.get(norm(target));
            String name = localName(e);
            if (kind == null) {
                throw new ExchangeException(where + ": <" + name + " " + a + "=\"" + target + "\"> in " + owner(e)
                        + " points to nothing in the file");
            }
            boolean wrongKind = switch (name) {
                case "CodeRef", "MemberCode" -> !codeGuids.contains(norm(target));
                case "VariableRef" -> !variableGuids.contains(norm(target));
                case "NoteRef", "MemberNote" -> !kind.equals("Note");
                default -> false;
            };
            if (wrongKind) {
                throw new ExchangeException(where + ": <" + name + " " + a + "=\"" + target + "\"> in " + owner(e)
                        + " points to a <" + kind + ">, not to what a " + name + " names");
            }
        }
        for (Element c : children(e)) {
            checkReferences(c);
        }
    }

    private static String owner(Element e) {
        if (!(e.getParentNode() instanceof Element p)) {
            return "the project";
        }
        String g = attr(p, "guid");
        return "<" + localName(p) + (g == null ? "" : " guid=\"" + g + "\"") + ">";
    }

    /** GUIDs come braced or not, in either case; one form makes them comparable. */
    static String norm(String guid) {
        if (guid == null) {
            return null;
        }
        String g = guid.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1);
        }
        return g.toLowerCase(Locale.ROOT);
    }

    private String guid(Element e) {
        String g = attr(e, "guid");
        if (g == null || g.isBlank()) {
            throw new ExchangeException(where + ": a <" + localName(e) + "> in " + owner(e) + " has no guid");
        }
        return norm(g);
    }

    private List<String> refs(Element parent, String name) {
        List<String> out = new ArrayList<>();
        for (Element r : children(parent, name)) {
            out.add(norm(blankTo(attr(r, "targetGUID"), attr(r, "guid"))));
        }
        return out;
    }

    private String required(Element e, String attribute) {
        String v = attr(e, attribute);
        if (v == null) {
            throw new ExchangeException(where + ": <" + localName(e) + " guid=\"" + attr(e, "guid") + "\"> has no "
                    + attribute);
        }
        return v;
    }

    // ---- codes, variables, values -----------------------------------------------------------

    private Code code(Element c) {
        List<Code> sub = new ArrayList<>();
        for (Element s : children(c, "Code")) {
            sub.add(code(s));
        }
        return new Code(guid(c), required(c, "name"), colour(attr(c, "color")),
                !"false".equalsIgnoreCase(String.valueOf(attr(c, "isCodable")).strip()),
                childText(c, "Description"), refs(c, "NoteRef"), sub);
    }

    /** {@code #RRGGBB}; {@code #RGB} is widened; anything else is dropped (the code gets a colour of the palette). */
    static String colour(String c) {
        if (c == null) {
            return null;
        }
        String s = c.strip();
        if (s.matches("#[0-9A-Fa-f]{6}")) {
            return s.toUpperCase(Locale.ROOT);
        }
        if (s.matches("#[0-9A-Fa-f]{3}")) {
            StringBuilder b = new StringBuilder("#");
            for (char ch : s.substring(1).toCharArray()) {
                b.append(ch).append(ch);
            }
            return b.toString().toUpperCase(Locale.ROOT);
        }
        return null;
    }

    private VariableType variableType(Element v) {
        String t = required(v, "typeOfVariable").strip();
        for (VariableType type : VariableType.values()) {
            if (type.name().equalsIgnoreCase(t)) {
                return type;
            }
        }
        throw new ExchangeException(where + ": <Variable name=\"" + attr(v, "name") + "\"> has the unknown type '"
                + t + "'");
    }

    private List<Value> values(Element owner) {
        List<Value> out = new ArrayList<>();
        for (Element vv : children(owner, "VariableValue")) {
            Element ref = child(vv, "VariableRef");
            if (ref == null) {
                throw new ExchangeException(where + ": a <VariableValue> in " + owner(vv) + " names no variable");
            }
            String value = null;
            for (Element c : children(vv)) {
                if (localName(c).endsWith("Value")) {
                    value = c.getTextContent().strip();
                }
            }
            if (value != null && !value.isEmpty()) {
                out.add(new Value(norm(attr(ref, "targetGUID")), value));
            }
        }
        return out;
    }

    // ---- sources -------------------------------------------------------------------------------

    private List<Source> sources(Element root) {
        List<Source> out = new ArrayList<>();
        Element wrapper = child(root, "Sources");
        if (wrapper == null) {
            return out;
        }
        for (Element s : children(wrapper)) {
            switch (localName(s)) {
                case "TextSource" -> out.add(textSource(s, attr(s, "name"), false, s));
                case "PDFSource" -> {
                    for (Element sel : children(s, "PDFSelection")) {
                        if (!textSelectionGuids.contains(guid(sel))) {
                            notModelled.merge("PDF selections (areas of a page)", 1, Integer::sum);
                        }
                    }
                    Element rep = child(s, "Representation");
                    if (rep != null) {
                        out.add(textSource(rep, blankTo(attr(s, "name"), attr(rep, "name")), true, s));
                    } else {
                        notModelled.merge("PDF sources without a text representation", 1, Integer::sum);
                    }
                }
                case "PictureSource" -> count(s, "picture", "PictureSelection");
                case "AudioSource" -> count(s, "audio", "AudioSelection");
                case "VideoSource" -> count(s, "video", "VideoSelection");
                default -> notModelled.merge("<" + localName(s) + "> sources", 1, Integer::sum);
            }
        }
        return out;
    }

    private void count(Element source, String kind, String selection) {
        notModelled.merge(kind + " sources", 1, Integer::sum);
        int selections = children(source, selection).size();
        if (selections > 0) {
            notModelled.merge(kind + " selections", selections, Integer::sum);
        }
        int transcripts = children(source, "Transcript").size();
        if (transcripts > 0) {
            notModelled.merge("transcripts of audio or video", transcripts, Integer::sum);
        }
    }

    private Source textSource(Element s, String name, boolean fromPdf, Element outer) {
        String text = null;
        String missing = null;
        String inline = childText(s, "PlainTextContent");
        String path = attr(s, "plainTextPath");
        if (inline != null) {
            text = inline;
        } else if (path != null && !path.isBlank()) {
            Optional<byte[]> bytes = archive.file(path);
            if (bytes.isEmpty()) {
                missing = "its text file " + path + " is not " + archive.whereSourcesAre();
            } else {
                try {
                    text = utf8(bytes.get());
                } catch (CharacterCodingException e) {
                    missing = "its text file " + path + " is not UTF-8, as REFI-QDA requires";
                }
            }
        } else {
            missing = "it has neither PlainTextContent nor a plainTextPath";
        }
        List<Selection> selections = new ArrayList<>();
        for (Element sel : children(s, "PlainTextSelection")) {
            selections.add(new Selection(guid(sel), attr(sel, "name"), position(sel, "startPosition"),
                    position(sel, "endPosition"), norm(attr(sel, "creatingUser")), childText(sel, "Description"),
                    codings(sel), refs(sel, "NoteRef")));
        }
        List<Coding> whole = codings(outer);
        List<String> notes = new ArrayList<>(refs(outer, "NoteRef"));
        if (outer != s) {
            notes.addAll(refs(s, "NoteRef"));
        }
        String fallback = path == null || path.isBlank() ? "source " + attr(s, "guid")
                : path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
        return new Source(guid(s), blankTo(name, fallback), fromPdf, text, missing,
                childText(outer, "Description"), selections, whole, values(outer), notes);
    }

    private List<Coding> codings(Element owner) {
        List<Coding> out = new ArrayList<>();
        for (Element c : children(owner, "Coding")) {
            Element ref = child(c, "CodeRef");
            if (ref == null) {
                throw new ExchangeException(where + ": <Coding guid=\"" + attr(c, "guid") + "\"> in " + owner(c)
                        + " has no CodeRef");
            }
            out.add(new Coding(guid(c), norm(attr(ref, "targetGUID")), norm(attr(c, "creatingUser")),
                    refs(c, "NoteRef")));
        }
        return out;
    }

    private long position(Element sel, String attribute) {
        String v = required(sel, attribute).strip();
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ExchangeException(where + ": <PlainTextSelection guid=\"" + attr(sel, "guid") + "\"> has "
                    + attribute + "=\"" + v + "\", which is not a whole number");
        }
    }

    private Note note(Element n) {
        String inline = childText(n, "PlainTextContent");
        String path = attr(n, "plainTextPath");
        String text = inline;
        String missing = null;
        if (text == null && path != null) {
            Optional<byte[]> bytes = archive.file(path);
            if (bytes.isPresent()) {
                try {
                    text = utf8(bytes.get());
                } catch (CharacterCodingException e) {
                    missing = "its text file " + path + " is not UTF-8";
                }
            } else {
                missing = "its text file " + path + " is not " + archive.whereSourcesAre();
            }
        }
        if (text == null && missing == null) {
            text = childText(n, "Description");
            if (text == null) {
                missing = attr(n, "richTextPath") != null ? "its text is only in a Word file, which is not read"
                        : "it has no text";
            }
        }
        if (text != null && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Note(guid(n), blankTo(attr(n, "name"), "Note"), text, missing);
    }

    /** Strict UTF-8: a byte order mark stays, as the first character, for {@link SelectionAnchors} to see. */
    static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}

package org.verbatim.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

/**
 * Writes a {@link RefiProject} as a .qdpx: {@code project.qde} (checked against
 * {@code Project-mrt2019.xsd} before anything is written) and each source's text as UTF-8
 * without a byte order mark in {@code sources/GUID.txt}. Selection positions must already be
 * Unicode code points of the source text, as the standard counts them.
 */
public final class RefiProjectWriter {
    static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    private RefiProjectWriter() {
    }

    /** The project.qde of {@code project}, validated. */
    public static byte[] projectXml(RefiProject project) {
        XmlOut x = new XmlOut("Project", NAMESPACE);
        x.attr("name", project.name()).attr("origin", project.origin());
        if (!project.users().isEmpty()) {
            x.start("Users");
            for (User u : project.users()) {
                x.start("User").attr("guid", u.guid()).attr("name", u.name()).end();
            }
            x.end();
        }
        if (!project.codes().isEmpty()) {
            x.start("CodeBook").start("Codes");
            project.codes().forEach(c -> code(x, c, true));
            x.end().end();
        }
        Map<String, VariableType> types = new HashMap<>();
        if (!project.variables().isEmpty()) {
            x.start("Variables");
            for (Variable v : project.variables()) {
                types.put(v.guid(), v.type());
                x.start("Variable").attr("guid", v.guid()).attr("name", v.name())
                        .attr("typeOfVariable", typeName(v.type())).text("Description", v.description()).end();
            }
            x.end();
        }
        if (!project.cases().isEmpty()) {
            x.start("Cases");
            for (Case c : project.cases()) {
                x.start("Case").attr("guid", c.guid()).attr("name", c.name()).text("Description", c.description());
                values(x, c.values(), types);
                c.sourceRefs().forEach(r -> x.ref("SourceRef", "targetGUID", r));
                c.selectionRefs().forEach(r -> x.ref("SelectionRef", "targetGUID", r));
                x.end();
            }
            x.end();
        }
        if (!project.sources().isEmpty()) {
            x.start("Sources");
            for (Source s : project.sources()) {
                source(x, s, types);
            }
            x.end();
        }
        if (!project.notes().isEmpty()) {
            x.start("Notes");
            for (Note n : project.notes()) {
                x.start("Note").attr("guid", n.guid()).attr("name", n.name())
                        .text("PlainTextContent", n.text() == null ? "" : n.text()).end();
            }
            x.end();
        }
        if (!project.links().isEmpty()) {
            x.start("Links");
            for (Link l : project.links()) {
                x.start("Link").attr("guid", l.guid()).attr("name", l.name()).attr("direction", "OneWay")
                        .attr("originGUID", l.originGuid()).attr("targetGUID", l.targetGuid()).end();
            }
            x.end();
        }
        project.projectNoteRefs().forEach(r -> x.ref("NoteRef", "targetGUID", r));
        byte[] xml = x.finish();
        RefiSchemas.validate(xml, RefiSchemas.PROJECT);
        return xml;
    }

    /** Writes the whole .qdpx to {@code out}. */
    public static void write(RefiProject project, OutputStream out) throws IOException {
        byte[] xml = projectXml(project);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("project.qde"));
        zip.write(xml);
        zip.closeEntry();
        for (Source s : project.sources()) {
            zip.putNextEntry(new ZipEntry("sources/" + s.guid() + ".txt"));
            zip.write(s.text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    static void code(XmlOut x, Code c, boolean withNotes) {
        x.start("Code").attr("guid", c.guid()).attr("name", c.name()).attr("isCodable", c.codable())
                .attr("color", c.color()).text("Description", blankToNull(c.description()));
        if (withNotes) {
            c.noteRefs().forEach(r -> x.ref("NoteRef", "targetGUID", r));
        }
        c.children().forEach(child -> code(x, child, withNotes));
        x.end();
    }

    private static void source(XmlOut x, Source s, Map<String, VariableType> types) {
        x.start("TextSource").attr("guid", s.guid()).attr("name", s.name())
                .attr("plainTextPath", "internal://" + s.guid() + ".txt")
                .text("Description", blankToNull(s.description()));
        for (Selection sel : s.selections()) {
            x.start("PlainTextSelection").attr("guid", sel.guid()).attr("name", sel.name())
                    .attr("startPosition", sel.start()).attr("endPosition", sel.end())
                    .attr("creatingUser", sel.creatingUser()).text("Description", blankToNull(sel.description()));
            codings(x, sel.codings());
            sel.noteRefs().forEach(r -> x.ref("NoteRef", "targetGUID", r));
            x.end();
        }
        codings(x, s.wholeSourceCodings());
        s.noteRefs().forEach(r -> x.ref("NoteRef", "targetGUID", r));
        values(x, s.values(), types);
        x.end();
    }

    private static void codings(XmlOut x, List<Coding> codings) {
        for (Coding c : codings) {
            x.start("Coding").attr("guid", c.guid()).attr("creatingUser", c.creatingUser());
            x.ref("CodeRef", "targetGUID", c.codeGuid());
            c.noteRefs().forEach(r -> x.ref("NoteRef", "targetGUID", r));
            x.end();
        }
    }

    private static void values(XmlOut x, List<Value> values, Map<String, VariableType> types) {
        for (Value v : values) {
            VariableType type = types.getOrDefault(v.variableGuid(), VariableType.TEXT);
            x.start("VariableValue").ref("VariableRef", "targetGUID", v.variableGuid());
            x.text(typeName(type) + "Value", type == VariableType.BOOLEAN ? bool(v.value()) : v.value());
            x.end();
        }
    }

    private static String bool(String v) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        return s.equals("yes") || s.equals("true") || s.equals("1") ? "true" : "false";
    }

    static String typeName(VariableType type) {
        return switch (type) {
            case TEXT -> "Text";
            case BOOLEAN -> "Boolean";
            case INTEGER -> "Integer";
            case FLOAT -> "Float";
            case DATE -> "Date";
            case DATETIME -> "DateTime";
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package org.verbatim.exchange;

import static org.verbatim.exchange.SafeXml.attr;
import static org.verbatim.exchange.SafeXml.children;
import static org.verbatim.exchange.SafeXml.listed;
import static org.verbatim.exchange.SafeXml.localName;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.verbatim.exchange.RefiProject.Code;
import org.w3c.dom.Element;

/**
 * A REFI-QDA codebook ({@code .qdc}, root {@code CodeBook}): read with the same care as a
 * project, written and checked against {@code Codebook.xsd}.
 */
public final class RefiCodebookFile {
    static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
    private static final long MAX_BYTES = 64L << 20;

    /** The codes of a codebook file and the number of its sets (code groups), which Verbatim does not keep. */
    public record Contents(List<Code> codes, int sets) { }

    private RefiCodebookFile() {
    }

    public static Contents read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ExchangeException(name + " is larger than " + MAX_BYTES + " bytes; no codebook is");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExchangeException(name + " cannot be read: " + e.getMessage());
        }
        Element root = SafeXml.parse(bytes, name).getDocumentElement();
        if (!SafeXml.isRefi(root) || !localName(root).equals("CodeBook")) {
            throw new ExchangeException(name + " is not a REFI-QDA codebook: its root element is <" + localName(root)
                    + ">, not <CodeBook>");
        }
        Set<String> seen = new HashSet<>();
        List<Code> codes = new ArrayList<>();
        for (Element c : listed(root, "Codes", "Code")) {
            codes.add(code(name, c, seen));
        }
        for (Element set : listed(root, "Sets", "Set")) {
            for (Element m : children(set, "MemberCode")) {
                String g = RefiProjectReader.norm(attr(m, "guid") != null ? attr(m, "guid") : attr(m, "targetGUID"));
                if (!seen.contains(g)) {
                    throw new ExchangeException(name + ": <MemberCode> in <Set name=\"" + attr(set, "name")
                            + "\"> points to " + g + ", which is no code of the file");
                }
            }
        }
        return new Contents(codes, listed(root, "Sets", "Set").size());
    }

    private static Code code(String file, Element c, Set<String> seen) {
        String guid = RefiProjectReader.norm(attr(c, "guid"));
        if (guid == null || guid.isEmpty()) {
            throw new ExchangeException(file + ": <Code name=\"" + attr(c, "name") + "\"> has no guid");
        }
        if (!seen.add(guid)) {
            throw new ExchangeException(file + ": two <Code> elements have the GUID " + attr(c, "guid"));
        }
        String codeName = attr(c, "name");
        if (codeName == null || codeName.isBlank()) {
            throw new ExchangeException(file + ": <Code guid=\"" + attr(c, "guid") + "\"> has no name");
        }
        List<Code> sub = new ArrayList<>();
        for (Element s : children(c, "Code")) {
            sub.add(code(file, s, seen));
        }
        return new Code(guid, codeName, RefiProjectReader.colour(attr(c, "color")),
                !"false".equalsIgnoreCase(String.valueOf(attr(c, "isCodable")).strip()),
                SafeXml.childText(c, "Description"), List.of(), sub);
    }

    /** The codebook XML of {@code codes}, validated against Codebook.xsd. */
    public static byte[] xml(List<Code> codes, String origin) {
        if (codes.isEmpty()) {
            throw new ExchangeException("The codebook is empty; a REFI-QDA codebook needs at least one code");
        }
        XmlOut x = new XmlOut("CodeBook", NAMESPACE);
        x.attr("origin", origin);
        x.start("Codes");
        codes.forEach(c -> RefiProjectWriter.code(x, c, false));
        x.end();
        byte[] xml = x.finish();
        RefiSchemas.validate(xml, RefiSchemas.CODEBOOK);
        return xml;
    }
}

package org.verbatim.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses XML from outside with DTDs, external entities, external schemas and XInclude off,
 * and finds elements by local name whatever namespace variant a tool wrote
 * ({@code urn:QDA-XML:project:1.0}, {@code :1:0}, {@code :0:4}...).
 */
final class SafeXml {
    private SafeXml() {
    }

    /** Parses {@code bytes} (UTF-8, a leading byte order mark allowed); {@code what} names the file in errors. */
    static Document parse(byte[] bytes, String what) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(bytes, skip, bytes.length - skip));
        } catch (SAXException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("DOCTYPE") || m.contains("doctype")) {
                throw new ExchangeException(what + " declares a DTD or entities (<!DOCTYPE ...>); Verbatim refuses"
                        + " them, because they can read other files or expand without end");
            }
            throw new ExchangeException(what + " is not well-formed XML: " + m);
        } catch (IOException e) {
            throw new ExchangeException(what + " cannot be read: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser of this Java runtime cannot be made safe", e);
        }
    }

    static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    /** Whether an element is REFI-QDA's: no namespace, or one starting {@code urn:QDA-XML:}. */
    static boolean isRefi(Element e) {
        String ns = e.getNamespaceURI();
        return ns == null || ns.startsWith("urn:QDA-XML:");
    }

    static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
    }

    /** The child elements named {@code name}, in order. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName(e).equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every child element, in order. */
    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child named {@code name}, or null. */
    static Element child(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The children of the wrapper {@code wrapper} (e.g. Users → User); empty when there is no wrapper. */
    static List<Element> listed(Element parent, String wrapper, String name) {
        Element w = child(parent, wrapper);
        return w == null ? List.of() : children(w, name);
    }

    /** The text of the first child named {@code name}, or null. */
    static String childText(Element parent, String name) {
        Element c = child(parent, name);
        return c == null ? null : c.getTextContent();
    }

    /** An attribute's value, or null when absent. */
    static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }
}

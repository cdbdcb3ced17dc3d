package org.verbatim.exchange;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A small indenting writer over StAX for the REFI-QDA files Verbatim writes (UTF-8, no byte order mark). */
final class XmlOut {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter w;
    private int depth;
    private boolean hadChildren;

    XmlOut(String rootName, String namespace) {
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement(rootName);
            w.writeDefaultNamespace(namespace);
            depth = 1;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut attr(String name, Object value) {
        if (value != null) {
            try {
                w.writeAttribute(name, String.valueOf(value));
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    XmlOut start(String name) {
        try {
            w.writeCharacters("\n" + "  ".repeat(depth));
            w.writeStartElement(name);
            depth++;
            hadChildren = false;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlOut end() {
        try {
            depth--;
            if (hadChildren) {
                w.writeCharacters("\n" + "  ".repeat(depth));
            }
            w.writeEndElement();
            hadChildren = true;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element holding only text. */
    XmlOut text(String name, String text) {
        if (text == null) {
            return this;
        }
        try {
            w.writeCharacters("\n" + "  ".repeat(depth));
            w.writeStartElement(name);
            w.writeCharacters(xmlSafe(text));
            w.writeEndElement();
            hadChildren = true;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element with one attribute and nothing inside (the references: CodeRef, NoteRef...). */
    XmlOut ref(String name, String attribute, String value) {
        return start(name).attr(attribute, value).end();
    }

    byte[] finish() {
        try {
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** XML 1.0 cannot hold most control characters; they are dropped rather than making the file unreadable. */
    private static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
            if (!ok && b == null) {
                b = new StringBuilder(s.substring(0, i));
            } else if (ok && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}

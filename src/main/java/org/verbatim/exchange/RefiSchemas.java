package org.verbatim.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The two REFI-QDA schemas (QDA-XML 1.0: {@code Project-mrt2019.xsd}, {@code Codebook.xsd}),
 * against which every file Verbatim writes is checked before it is written.
 */
public final class RefiSchemas {
    public static final String PROJECT = "Project-mrt2019.xsd";
    public static final String CODEBOOK = "Codebook.xsd";

    private RefiSchemas() {
    }

    /** Checks {@code xml} against the schema {@code xsd}; throws with the first problem and its line. */
    public static void validate(byte[] xml, String xsd) {
        try {
            Validator v = schema(xsd).newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            throw new ExchangeException("The file does not validate against " + xsd + " (line " + e.getLineNumber()
                    + "): " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new ExchangeException("The file does not validate against " + xsd + ": " + e.getMessage());
        }
    }

    private static Schema schema(String xsd) throws SAXException {
        URL url = RefiSchemas.class.getResource(xsd);
        if (url == null) {
            throw new IllegalStateException("The schema " + xsd + " is missing from the application");
        }
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f.newSchema(url);
    }
}

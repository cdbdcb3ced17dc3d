package org.verbatim.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * The fields of a turn's Lucene document. Everything a hit shows is kept in doc values, not
 * stored fields: reading a stored field decompresses a block shared with other documents'
 * text, which made each hit cost tens of microseconds.
 */
final class TurnFields {
    /** The turn's words stemmed for English, or for Russian: one of the two, by document language. */
    static final String TEXT_EN = "text_en";
    static final String TEXT_RU = "text_ru";
    /** The same words unstemmed. */
    static final String EXACT = "exact";
    /** Fields a query may name, besides attributes. */
    static final String SPEAKER = "speaker";
    static final String PARTICIPANT = "participant";
    static final String DOCUMENT = "document";
    static final String CODE = "code";
    /** Internal: document id (term for deletes, doc value for hits), turn number, offsets, time, text. */
    static final String DOCUMENT_ID = "document_id";
    /** Internal: document id and turn number, the term that rewrites one turn. */
    static final String TURN_KEY = "turn_key";
    static final String NUMBER = "turn_number";
    static final String START = "turn_start";
    static final String TIME = "turn_time";
    static final String TURN_TEXT = "turn_text";
    private static final String ATTRIBUTE_PREFIX = "attr.";
    private static final String NUMBER_PREFIX = "number.";

    static final List<String> TEXT_FIELDS = List.of(TEXT_EN, TEXT_RU, EXACT);

    private static final FieldType WORDS = new FieldType();
    private static final FieldType KEYWORD = new FieldType();

    static {
        WORDS.setTokenized(true);
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WORDS.freeze();
        // Tokenized by the keyword analyzer, so values and query terms are lower-cased the same way.
        KEYWORD.setTokenized(true);
        KEYWORD.setOmitNorms(true);
        KEYWORD.setIndexOptions(IndexOptions.DOCS);
        KEYWORD.freeze();
    }

    private TurnFields() {
    }

    static String attribute(String name) {
        return ATTRIBUTE_PREFIX + name;
    }

    /** The points of an attribute's numeric values, for ranges over integer and decimal attributes. */
    static String number(String attribute) {
        return NUMBER_PREFIX + attribute;
    }

    /** {@code value} as a number, as integer and decimal attributes accept it; null when it is not one. */
    static Double numberOf(String value) {
        try {
            return new BigDecimal(value.strip()).doubleValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String textField(String language) {
        return "ru".equals(language) ? TEXT_RU : TEXT_EN;
    }

    static Term documentTerm(long documentId) {
        return new Term(DOCUMENT_ID, Long.toString(documentId));
    }

    /** The one turn {@code number} of a document, so that it alone can be rewritten. */
    static Term turnTerm(long documentId, int number) {
        return new Term(TURN_KEY, documentId + "/" + number);
    }

    static Document of(IndexedTurn t) {
        Document d = new Document();
        d.add(new Field(textField(t.language()), t.text(), WORDS));
        d.add(new Field(EXACT, t.text(), WORDS));
        d.add(new BinaryDocValuesField(TURN_TEXT, new BytesRef(t.text())));
        d.add(new StringField(DOCUMENT_ID, Long.toString(t.documentId()), Field.Store.NO));
        d.add(new StringField(TURN_KEY, t.documentId() + "/" + t.number(), Field.Store.NO));
        d.add(new NumericDocValuesField(DOCUMENT_ID, t.documentId()));
        d.add(new NumericDocValuesField(NUMBER, t.number()));
        d.add(new NumericDocValuesField(START, t.start()));
        if (t.timestampMs() != null) {
            d.add(new NumericDocValuesField(TIME, t.timestampMs()));
        }
        keyword(d, DOCUMENT, t.documentName());
        int dot = t.documentName().lastIndexOf('.');
        if (dot > 0) {
            d.add(new Field(DOCUMENT, t.documentName().substring(0, dot), KEYWORD));
        }
        keyword(d, SPEAKER, t.speaker());
        keyword(d, PARTICIPANT, t.participant());
        // Keyword values are indexed whole, untruncated: the store keeps them to 4,000 characters
        // (12,000 bytes of UTF-8 at most), well below the 32,766 bytes Lucene takes in one term.
        for (Map.Entry<String, List<String>> a : t.attributes().entrySet()) {
            for (String value : a.getValue()) {
                d.add(new Field(attribute(a.getKey()), value, KEYWORD));
                d.add(new SortedSetDocValuesField(attribute(a.getKey()), new BytesRef(value)));
                // Every value that reads as a number gets a point, whatever its attribute's type today:
                // the query decides by type, so changing a type needs no rebuild.
                Double number = numberOf(value);
                if (number != null) {
                    d.add(new DoublePoint(number(a.getKey()), number));
                }
            }
        }
        for (long code : t.codeIds()) {
            d.add(new StringField(CODE, Long.toString(code), Field.Store.NO));
        }
        return d;
    }

    private static void keyword(Document d, String field, String value) {
        if (value != null) {
            d.add(new Field(field, value, KEYWORD));
            d.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

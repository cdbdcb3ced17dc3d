package org.verbatim.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's classic query syntax over the turn index. Words and phrases without a field search
 * the stemmed text of both languages, wildcards and fuzzy terms the words as written;
 * {@code exact:} the unstemmed words; {@code speaker:},
 * {@code participant:}, {@code document:}, {@code code:} (a code path, with its sub-codes)
 * and any attribute name ({@code city:Tomsk}) filter by what the turn carries. Ranges over
 * integer and decimal attributes compare numbers, over other attributes text.
 */
final class TurnQueryParser extends MultiFieldQueryParser {
    private static final List<String> NAMED_FIELDS = List.of(TurnFields.EXACT, TurnFields.SPEAKER,
            TurnFields.PARTICIPANT, TurnFields.DOCUMENT, TurnFields.CODE);

    /** Attribute names in lower case to their names as stored. */
    private final Map<String, String> attributes = new TreeMap<>();
    private final Set<String> numericAttributes;
    private final CodeResolver codes;

    private TurnQueryParser(Analyzer analyzer, List<String> attributeNames, Set<String> numericAttributes,
                            CodeResolver codes) {
        super(new String[] {TurnFields.TEXT_EN, TurnFields.TEXT_RU}, analyzer);
        attributeNames.forEach(a -> attributes.put(a.toLowerCase(Locale.ROOT), a));
        this.numericAttributes = numericAttributes;
        this.codes = codes;
        setAllowLeadingWildcard(true);
    }

    /**
     * Parses {@code text}.
     *
     * @throws InvalidQueryException with a one-line explanation when the query is malformed,
     *                               names an unknown field, or an unknown code
     */
    static Query parse(String text, Analyzer analyzer, List<String> attributeNames, Set<String> numericAttributes,
                       CodeResolver codes) {
        if (text == null || text.isBlank()) {
            throw new InvalidQueryException("The query is empty: give words to search for, e.g. china or \"soft power\"");
        }
        Query q;
        try {
            q = new TurnQueryParser(analyzer, attributeNames, numericAttributes, codes).parse(text);
        } catch (ParseException e) {
            throw new InvalidQueryException(explain(text, e));
        }
        return withEverythingUnderExclusions(q);
    }

    /**
     * "NOT china" means every turn without china, not nothing (which is what Lucene makes of a
     * group of nothing but exclusions), at the top or inside brackets: "city:Tomsk AND (NOT china)".
     */
    private static Query withEverythingUnderExclusions(Query q) {
        if (!(q instanceof BooleanQuery b)) {
            return q;
        }
        BooleanQuery.Builder rebuilt = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        boolean onlyExclusions = !b.clauses().isEmpty();
        for (BooleanClause c : b.clauses()) {
            rebuilt.add(withEverythingUnderExclusions(c.getQuery()), c.getOccur());
            onlyExclusions &= c.getOccur() == BooleanClause.Occur.MUST_NOT;
        }
        if (onlyExclusions) {
            rebuilt.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        return rebuilt.build();
    }

    private String field(String field) {
        // The stemmed fields come back here when the parser spreads a term over its default fields.
        if (field == null || field.equals("*") || NAMED_FIELDS.contains(field) || field.equals(TurnFields.TEXT_EN)
                || field.equals(TurnFields.TEXT_RU)) {
            return field;
        }
        String attribute = attributes.get(field.toLowerCase(Locale.ROOT));
        if (attribute == null) {
            throw new InvalidQueryException("The query names the field '" + field + "', which is neither "
                    + String.join(":, ", NAMED_FIELDS) + ": nor an attribute"
                    + (attributes.isEmpty() ? "" : " (" + String.join(", ", attributes.values()) + ")"));
        }
        return TurnFields.attribute(attribute);
    }

    /**
     * Wildcards, fuzzy terms and regular expressions without a field match words as written:
     * a stem is often shorter than a prefix the user types (санкци* would miss the stem санкц).
     */
    private String wordsAsWritten(String field) {
        return field == null ? TurnFields.EXACT : field(field);
    }

    private Query code(String path) {
        List<BytesRef> ids = new ArrayList<>();
        codes.subtree(path).forEach(id -> ids.add(new BytesRef(Long.toString(id))));
        return new TermInSetQuery(TurnFields.CODE, ids);
    }

    private static InvalidQueryException codeTakesAPath() {
        return new InvalidQueryException("code: takes a code path in quotes, e.g. code:\"China/Partner\"");
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return TurnFields.CODE.equals(field) ? code(queryText) : super.getFieldQuery(field(field), queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return TurnFields.CODE.equals(field) ? code(queryText) : super.getFieldQuery(field(field), queryText, slop);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        if (TurnFields.CODE.equals(field)) {
            throw codeTakesAPath();
        }
        return super.getFuzzyQuery(wordsAsWritten(field), termStr, minSimilarity);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        if (TurnFields.CODE.equals(field)) {
            throw codeTakesAPath();
        }
        return super.getPrefixQuery(wordsAsWritten(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if (TurnFields.CODE.equals(field)) {
            throw codeTakesAPath();
        }
        return super.getWildcardQuery(wordsAsWritten(field), termStr);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        if (TurnFields.CODE.equals(field)) {
            throw codeTakesAPath();
        }
        String name = field == null ? null : attributes.get(field.toLowerCase(Locale.ROOT));
        if (name != null && !NAMED_FIELDS.contains(field) && numericAttributes.contains(name)) {
            return numericRange(name, part1, part2, startInclusive, endInclusive);
        }
        return super.getRangeQuery(field(field), part1, part2, startInclusive, endInclusive);
    }

    /** A range over an integer or decimal attribute compares numbers: 5 to 10 takes in 8, as text it would not. */
    private static Query numericRange(String attribute, String from, String to, boolean fromInclusive,
                                      boolean toInclusive) {
        double low = from == null ? Double.NEGATIVE_INFINITY : number(attribute, from);
        double high = to == null ? Double.POSITIVE_INFINITY : number(attribute, to);
        if (from != null && !fromInclusive) {
            low = Math.nextUp(low);
        }
        if (to != null && !toInclusive) {
            high = Math.nextDown(high);
        }
        return DoublePoint.newRangeQuery(TurnFields.number(attribute), low, high);
    }

    private static double number(String attribute, String bound) {
        Double value = TurnFields.numberOf(bound);
        if (value == null) {
            throw new InvalidQueryException("The query gives '" + bound + "' as a bound of " + attribute
                    + ", which holds numbers: write a number or *");
        }
        return value;
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        if (TurnFields.CODE.equals(field)) {
            throw codeTakesAPath();
        }
        return super.getRegexpQuery(wordsAsWritten(field), termStr);
    }

    /** What is wrong with a query the parser refused, in one line. */
    static String explain(String query, ParseException e) {
        if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
            return "The query expands to too many words; make its wildcards or fuzzy terms more specific";
        }
        if (count(query, '"') % 2 == 1) {
            return "The query opens a phrase with \" at column " + (unclosedQuote(query) + 1) + " and never closes it";
        }
        int open = count(query, '(');
        int close = count(query, ')');
        if (open != close) {
            return "The query has " + open + " opening and " + close + " closing parentheses; they must pair up";
        }
        if (e.getCause() instanceof ParseException syntax && syntax.currentToken != null) {
            Token last = syntax.currentToken;
            Token next = last.next;
            if (next == null || next.kind == QueryParserConstants.EOF) {
                return "The query ends with '" + last.image + "', which needs something after it";
            }
            return "The query cannot have '" + next.image + "' at column " + (next.beginColumn + 1)
                    + (last.image == null || last.kind == QueryParserConstants.EOF ? " (at its start)"
                    : " after '" + last.image + "'");
        }
        String detail = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        if (query.strip().endsWith("\\")) {
            return "The query ends with \\, which escapes nothing (write \\\\ for a backslash)";
        }
        return "The query cannot be read: " + detail.lines().findFirst().orElse("").strip();
    }

    private static int count(String s, char c) {
        int n = 0;
        boolean escaped = false;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (!escaped && x == c) {
                n++;
            }
            escaped = !escaped && x == '\\';
        }
        return n;
    }

    private static int unclosedQuote(String s) {
        int last = -1;
        boolean escaped = false;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (!escaped && x == '"') {
                last = i;
            }
            escaped = !escaped && x == '\\';
        }
        return last;
    }
}

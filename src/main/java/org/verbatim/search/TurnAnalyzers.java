package org.verbatim.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The analyzers of the index's fields. Stop words are kept on purpose: researchers search
 * phrases such as "not a partner", and a removed "not" would change what they find.
 */
final class TurnAnalyzers {
    private TurnAnalyzers() {
    }

    /** Words as written, lower-cased, ё folded: the {@code exact} field. */
    static Analyzer exact() {
        return new WordAnalyzer(Stemming.NONE);
    }

    static Analyzer english() {
        return new WordAnalyzer(Stemming.ENGLISH);
    }

    static Analyzer russian() {
        return new WordAnalyzer(Stemming.RUSSIAN);
    }

    /**
     * The analyzer for indexing and for parsing queries: each text field with its own, and
     * the keyword fields (speaker, participant, document, attributes) as one lower-cased token,
     * so {@code city:tomsk} and {@code city:Tomsk} are the same.
     */
    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                TurnFields.TEXT_EN, english(),
                TurnFields.TEXT_RU, russian(),
                TurnFields.EXACT, exact()));
    }

    private enum Stemming { NONE, ENGLISH, RUSSIAN }

    private static final class WordAnalyzer extends Analyzer {
        private final Stemming stemming;

        WordAnalyzer(Stemming stemming) {
            this.stemming = stemming;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new YoFoldingFilter(new LowerCaseFilter(source));
            stream = switch (stemming) {
                case NONE -> stream;
                case ENGLISH -> new PorterStemFilter(new EnglishPossessiveFilter(stream));
                case RUSSIAN -> new SnowballFilter(stream, new RussianStemmer());
            };
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            // Wildcard, prefix and fuzzy terms are not stemmed, only lower-cased and folded.
            return new YoFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /** A whole value as one lower-cased token. */
    static final class KeywordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}

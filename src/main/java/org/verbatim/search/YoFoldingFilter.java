package org.verbatim.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds ё to е (and Ё to Е): Russian writes ё only sometimes, so "ещё" and "еще" must be one
 * word. The Snowball Russian stemmer also expects it folded.
 */
final class YoFoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    YoFoldingFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (buffer[i] == 'ё') {
                buffer[i] = 'е';
            } else if (buffer[i] == 'Ё') {
                buffer[i] = 'Е';
            }
        }
        return true;
    }
}

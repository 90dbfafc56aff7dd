/*
 * The full-text analyzer "atlas-grams" of Chanjiao Atlas's search. It indexes every substring of one
 * to three characters of each run of letters and digits (any script), lower-cased. Any substring
 * search then becomes term look-ups: a word of up to three characters is itself a term, a longer
 * one needs each of its trigrams. Lucene's CJK analyzer keeps only words and bigrams, so a
 * substring such as "002524" or a single Chinese character needed a leading-wildcard query, which
 * scans the whole term dictionary. Runs are split at every other character (space, punctuation),
 * as the store's query side expects (server/src/store/neo4j/cypher/fulltext.ts). The grams that
 * start a value also go in with a leading "_" (which no gram holds), so that "a field starts with
 * this word" is a term look-up too: search ranks such prefix matches above other substrings.
 */
package dev.chanjiao.atlas;

import org.apache.lucene.analysis.Analyzer;
import java.io.IOException;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;
import org.neo4j.graphdb.schema.AnalyzerProvider;

public final class AtlasGrams extends AnalyzerProvider {
    public AtlasGrams() {
        super("atlas-grams");
    }

    @Override
    public Analyzer createAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer grams = new NGramTokenizer(1, 3) {
                    @Override
                    protected boolean isTokenChar(int c) {
                        return Character.isLetterOrDigit(c);
                    }
                };
                return new TokenStreamComponents(grams, new MarkStart(new LowerCaseFilter(grams)));
            }
        };
    }

    /** Adds "_" + gram, at the same position, for each gram that starts at the value's offset 0. */
    static final class MarkStart extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private AttributeSource.State pending;

        MarkStart(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending != null) {
                restoreState(pending);
                pending = null;
                String gram = term.toString();
                term.setEmpty().append('_').append(gram);
                position.setPositionIncrement(0);
                return true;
            }
            if (!input.incrementToken()) return false;
            if (offset.startOffset() == 0) pending = captureState();
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
        }
    }

    @Override
    public String description() {
        return "Substrings of 1 to 3 letters or digits of each run, lower-cased (Chanjiao Atlas search)";
    }
}

package org.inkwell.cms.articles.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks what matched in the title (always shown whole) and cuts a snippet of the body around the
 * best matches, with Lucene's {@link UnifiedHighlighter} reading the offsets kept in the postings:
 * no text is analysed again at query time.
 */
final class MatchHighlighter {

  /** About as long as a snippet gets; the word boundaries nearest to it are taken. */
  static final int SNIPPET_CHARS = 240;

  /** Where the first match sits in the snippet: a little context before it, more after. */
  private static final float MATCH_POSITION = 0.3f;

  /** The highlighter ignores text past its limit (10,000 by default); long articles have more. */
  private static final int MAX_TEXT_CHARS = 1_000_000;

  /**
   * Lucene's passage scoring (BM25 over passages) without its length normalisation: our passages
   * are all about as long, except the last of a text, which that normalisation would favour.
   */
  private static final PassageScorer PASSAGES_BY_MATCHES = new PassageScorer(1.2f, 0f, 87f);

  /** What the highlighter found for one document of the page. */
  record Marked(String titleHtml, String snippetHtml) {}

  private final String titleField;
  private final String bodyField;
  private final MarkedPassageFormatter formatter = new MarkedPassageFormatter();

  MatchHighlighter(String titleField, String bodyField) {
    this.titleField = titleField;
    this.bodyField = bodyField;
  }

  /**
   * The marked title and body snippet of each document, in the order of {@code page}; the
   * snippet is {@code null} where the body has no match.
   */
  Marked[] highlight(IndexSearcher searcher, Analyzer analyzer, Query query, TopDocs page) throws IOException {
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(formatter)
                .withScorer(PASSAGES_BY_MATCHES)
                .withMaxLength(MAX_TEXT_CHARS)) {
          @Override
          protected BreakIterator getBreakIterator(String field) {
            return field.equals(titleField)
                ? new WholeBreakIterator()
                : LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, MATCH_POSITION);
          }

          @Override
          protected int getMaxNoHighlightPassages(String field) {
            return field.equals(titleField) ? 1 : 0; // a title is shown even when only the body matched
          }
        };
    Map<String, String[]> marked =
        highlighter.highlightFields(new String[] {titleField, bodyField}, query, page, new int[] {1, 1});
    String[] titles = marked.get(titleField);
    String[] snippets = marked.get(bodyField);
    Marked[] result = new Marked[page.scoreDocs.length];
    for (int i = 0; i < result.length; i++) {
      result[i] = new Marked(titles[i] == null ? "" : titles[i], snippets[i]);
    }
    return result;
  }

  /** Text shown as it is, escaped by the same rules as the highlighted passages. */
  String escape(String text) {
    return formatter.escape(text);
  }
}

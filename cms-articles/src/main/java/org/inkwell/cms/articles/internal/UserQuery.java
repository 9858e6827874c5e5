package org.inkwell.cms.articles.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a reader typed into a Lucene query. Lucene's {@link SimpleQueryParser} is made for
 * this: it never throws on malformed input (an unclosed quote or bracket is read as text), and
 * knows only a few operators: {@code "phrase"}, {@code -word}, {@code word*}, {@code a | b} and
 * brackets. Words are required by default, as in WordPress; each may match in any field.
 */
final class UserQuery {

  /** Longer input is cut: nobody types more, and it bounds the work one request can cause. */
  static final int MAX_CHARS = 200;

  static final int MAX_WORDS = 32;

  private static final int OPERATORS =
      SimpleQueryParser.AND_OPERATOR
          | SimpleQueryParser.NOT_OPERATOR
          | SimpleQueryParser.OR_OPERATOR
          | SimpleQueryParser.PHRASE_OPERATOR
          | SimpleQueryParser.PREFIX_OPERATOR
          | SimpleQueryParser.PRECEDENCE_OPERATORS
          | SimpleQueryParser.ESCAPE_OPERATOR
          | SimpleQueryParser.WHITESPACE_OPERATOR;

  private UserQuery() {}

  /**
   * The query for {@code text} over the weighted fields; empty when there is nothing to look for
   * (blank, only stop words or operators).
   */
  static Optional<Query> parse(String text, Analyzer analyzer, Map<String, Float> fieldWeights) {
    String bounded = bounded(text);
    if (bounded.isBlank()) {
      return Optional.empty();
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, fieldWeights, OPERATORS);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query query = parser.parse(bounded);
    // A lone "*" means "everything" to the parser; to a reader it is no search at all.
    if (query instanceof MatchNoDocsQuery || query instanceof MatchAllDocsQuery) {
      return Optional.empty();
    }
    return Optional.of(query);
  }

  /** At most {@link #MAX_CHARS} characters and {@link #MAX_WORDS} words, no broken surrogate. */
  static String bounded(String text) {
    if (text == null) {
      return "";
    }
    String s = text.strip();
    if (s.length() > MAX_CHARS) {
      int end = Character.isHighSurrogate(s.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
      s = s.substring(0, end);
    }
    String[] words = s.split("\\s+");
    if (words.length > MAX_WORDS) {
      s = String.join(" ", Arrays.copyOf(words, MAX_WORDS));
    }
    return s;
  }
}

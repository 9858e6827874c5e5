package org.inkwell.cms.articles.internal;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;

/**
 * Writes highlighted passages as HTML: text escaped by Lucene's formatter (OWASP's rules), matches
 * in {@code <mark>}, and {@code …} wherever the text was cut — before a passage that does not start
 * the text, between passages, after one that does not end it.
 */
final class MarkedPassageFormatter extends DefaultPassageFormatter {

  static final String ELLIPSIS = "…";

  MarkedPassageFormatter() {
    super("<mark>", "</mark>", " " + ELLIPSIS + " ", true);
  }

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    int previousEnd = -1; // of the previous passage, as the highlighter cut it
    int written = 0; // where the text written so far ends, trailing white space left out
    for (Passage passage : passages) {
      int start = skipLeadingPunctuation(content, passage.getStartOffset(), passage.getEndOffset());
      int end = trimSpace(content, start, passage.getEndOffset());
      if (previousEnd < 0) {
        if (skipSpace(content, 0, start) < start) {
          out.append(ELLIPSIS).append(' ');
        }
      } else if (passage.getStartOffset() > previousEnd) {
        out.append(ellipsis);
      } else {
        append(out, content, written, start); // adjoining passages: keep what lies between
      }
      appendMarked(out, passage, content, start, end);
      previousEnd = passage.getEndOffset();
      written = end;
    }
    if (previousEnd >= 0 && skipSpace(content, written, content.length()) < content.length()) {
      out.append(' ').append(ELLIPSIS);
    }
    return out.toString();
  }

  /** The text, HTML-escaped by the same rules as the passages. */
  String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    append(out, text, 0, text.length());
    return out.toString();
  }

  private void appendMarked(StringBuilder out, Passage passage, String content, int start, int end) {
    int pos = start;
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int matchStart = Math.max(passage.getMatchStarts()[i], pos);
      int matchEnd = passage.getMatchEnds()[i];
      // Matches may overlap (a phrase and its words): mark the union once.
      while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < matchEnd) {
        matchEnd = Math.max(matchEnd, passage.getMatchEnds()[++i]);
      }
      matchEnd = Math.min(matchEnd, end);
      if (matchStart >= matchEnd) {
        continue;
      }
      append(out, content, pos, matchStart);
      out.append(preTag);
      append(out, content, matchStart, matchEnd);
      out.append(postTag);
      pos = matchEnd;
    }
    append(out, content, pos, Math.max(pos, end));
  }

  /** A snippet cut after a word should not start with the comma or full stop that followed it. */
  private static int skipLeadingPunctuation(String s, int from, int to) {
    int start = skipSpace(s, from, to);
    if (from == 0) {
      return start; // nothing was cut: a title such as "...and rest" is shown as written
    }
    while (start < to && ",.;:!?)]}".indexOf(s.charAt(start)) >= 0) {
      start = skipSpace(s, start + 1, to);
    }
    return start;
  }

  private static int skipSpace(String s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int trimSpace(String s, int from, int to) {
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}

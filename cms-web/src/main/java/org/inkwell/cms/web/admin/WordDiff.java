package org.inkwell.cms.web.admin;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inkwell.cms.web.admin.DiffSegment.Kind;

/**
 * A word-level diff of two plain texts, as segments in reading order: a change shows its deleted
 * words before the inserted ones. The same-kind segments of one side put together give back its
 * text exactly.
 */
final class WordDiff {

  /** Words, runs of whitespace, and any other character on its own (punctuation, symbols). */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\s+|.", Pattern.DOTALL);

  private WordDiff() {}

  static List<DiffSegment> between(String older, String newer) {
    List<String> from = tokens(older);
    List<String> to = tokens(newer);
    Segments segments = new Segments();
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
      segments.same(join(from.subList(position, delta.getSource().getPosition())));
      segments.change(join(delta.getSource()), join(delta.getTarget()));
      position = delta.getSource().getPosition() + delta.getSource().size();
    }
    segments.same(join(from.subList(position, from.size())));
    return segments.finish();
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher token = TOKEN.matcher(text);
    while (token.find()) {
      tokens.add(token.group());
    }
    return tokens;
  }

  private static String join(Chunk<String> chunk) {
    return join(chunk.getLines());
  }

  private static String join(List<String> tokens) {
    return String.join("", tokens);
  }

  /**
   * Builds the segments, joining two replacements separated by nothing but a space into one, so
   * that "quick brown" → "slow red" reads as one change rather than two with a kept space between.
   */
  private static final class Segments {

    private final List<DiffSegment> segments = new ArrayList<>();
    private final StringBuilder deleted = new StringBuilder();
    private final StringBuilder inserted = new StringBuilder();
    private String pendingSpace = "";

    void same(String text) {
      if (text.isEmpty()) {
        return;
      }
      if (text.isBlank() && deleted.length() > 0 && inserted.length() > 0) {
        pendingSpace = text;
        return;
      }
      flushChange();
      segments.add(new DiffSegment(text, Kind.SAME));
    }

    void change(String from, String to) {
      boolean replacement = !from.isEmpty() && !to.isEmpty();
      if (!pendingSpace.isEmpty() && replacement) {
        deleted.append(pendingSpace);
        inserted.append(pendingSpace);
        pendingSpace = "";
      }
      flushPendingSpace();
      deleted.append(from);
      inserted.append(to);
    }

    List<DiffSegment> finish() {
      flushPendingSpace();
      flushChange();
      return List.copyOf(segments);
    }

    /** A space after a replacement that no further replacement follows stays a kept space. */
    private void flushPendingSpace() {
      if (!pendingSpace.isEmpty()) {
        flushChange();
        segments.add(new DiffSegment(pendingSpace, Kind.SAME));
        pendingSpace = "";
      }
    }

    private void flushChange() {
      if (deleted.length() > 0) {
        segments.add(new DiffSegment(deleted.toString(), Kind.DELETED));
      }
      if (inserted.length() > 0) {
        segments.add(new DiffSegment(inserted.toString(), Kind.INSERTED));
      }
      deleted.setLength(0);
      inserted.setLength(0);
    }
  }
}

package org.inkwell.cms.web.admin;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two versions of an article for the revisions screen: the title word by word, the body
 * block by block as plain text (formatting and markup are not compared, only what a reader reads),
 * with the words that changed marked inside changed blocks. Keeps no state; safe from any thread.
 */
public final class RevisionDiff {

  /** Unchanged blocks shown on each side of a change. */
  private static final int CONTEXT_BLOCKS = 2;

  private RevisionDiff() {}

  public static RevisionComparison compare(ArticleVersion older, ArticleVersion newer) {
    List<DiffSegment> title = WordDiff.between(
        ArticleText.normaliseSpace(older.title()), ArticleText.normaliseSpace(newer.title()));
    return new RevisionComparison(title, collapse(rows(texts(older), texts(newer))));
  }

  private static List<String> texts(ArticleVersion version) {
    return ArticleText.of(version.bodyHtml()).blocks().stream().map(ArticleText.Block::text).toList();
  }

  /**
   * Within a changed stretch the blocks are paired in order; extra ones on either side are inserted
   * or deleted.
   */
  private static List<DiffRow> rows(List<String> older, List<String> newer) {
    List<DiffRow> rows = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
      older.subList(position, delta.getSource().getPosition()).forEach(b -> rows.add(DiffRow.unchanged(b)));
      List<String> from = delta.getSource().getLines();
      List<String> to = delta.getTarget().getLines();
      int paired = Math.min(from.size(), to.size());
      for (int i = 0; i < paired; i++) {
        addChanged(rows, from.get(i), to.get(i));
      }
      from.subList(paired, from.size()).forEach(b -> rows.add(DiffRow.deleted(b)));
      to.subList(paired, to.size()).forEach(b -> rows.add(DiffRow.inserted(b)));
      position = delta.getSource().getPosition() + from.size();
    }
    older.subList(position, older.size()).forEach(b -> rows.add(DiffRow.unchanged(b)));
    return rows;
  }

  /** Two blocks without a word in common are a replacement: marking every word would only be noise. */
  private static void addChanged(List<DiffRow> rows, String from, String to) {
    List<DiffSegment> words = WordDiff.between(from, to);
    boolean shareWords = words.stream()
        .anyMatch(s -> !s.isChange() && s.text().codePoints().anyMatch(Character::isLetterOrDigit));
    if (shareWords) {
      rows.add(DiffRow.changed(words));
    } else {
      rows.add(DiffRow.deleted(from));
      rows.add(DiffRow.inserted(to));
    }
  }

  /**
   * Replaces each run of unchanged rows by a marker row, keeping {@link #CONTEXT_BLOCKS} next to a
   * change; a marker that would hide a single block is not worth its row.
   */
  private static List<DiffRow> collapse(List<DiffRow> rows) {
    List<DiffRow> shown = new ArrayList<>();
    int start = 0;
    while (start < rows.size()) {
      if (rows.get(start).kind() != DiffRow.Kind.UNCHANGED) {
        shown.add(rows.get(start++));
        continue;
      }
      int end = start;
      while (end < rows.size() && rows.get(end).kind() == DiffRow.Kind.UNCHANGED) {
        end++;
      }
      int keepFirst = start == 0 ? 0 : CONTEXT_BLOCKS;
      int keepLast = end == rows.size() ? 0 : CONTEXT_BLOCKS;
      int hidden = end - start - keepFirst - keepLast;
      if (hidden >= 2) {
        shown.addAll(rows.subList(start, start + keepFirst));
        shown.add(DiffRow.collapsed(hidden));
        shown.addAll(rows.subList(end - keepLast, end));
      } else {
        shown.addAll(rows.subList(start, end));
      }
      start = end;
    }
    return shown;
  }
}

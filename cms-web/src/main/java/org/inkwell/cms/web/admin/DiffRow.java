package org.inkwell.cms.web.admin;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of the side-by-side body diff: a block (paragraph, heading, list item) of the older
 * version on the left, of the newer on the right. Texts are plain and unescaped, see
 * {@link DiffSegment}.
 *
 * @param kind what happened to the block
 * @param left the older block: empty for {@link Kind#INSERTED} and {@link Kind#COLLAPSED}; for
 *     {@link Kind#CHANGED} its words marked {@link DiffSegment.Kind#DELETED} where they went
 * @param right the newer block: empty for {@link Kind#DELETED} and {@link Kind#COLLAPSED}; for
 *     {@link Kind#CHANGED} its words marked {@link DiffSegment.Kind#INSERTED} where they are new
 * @param unchangedBlocks for {@link Kind#COLLAPSED}, how many unchanged blocks the row stands
 *     for ("12 unchanged paragraphs"); 0 otherwise
 */
public record DiffRow(Kind kind, List<DiffSegment> left, List<DiffSegment> right, int unchangedBlocks) {

  public enum Kind {
    UNCHANGED,
    CHANGED,
    INSERTED,
    DELETED,
    /** Unchanged blocks far from any change, left out. */
    COLLAPSED
  }

  public DiffRow {
    left = List.copyOf(left);
    right = List.copyOf(right);
  }

  static DiffRow unchanged(String text) {
    List<DiffSegment> same = List.of(new DiffSegment(text, DiffSegment.Kind.SAME));
    return new DiffRow(Kind.UNCHANGED, same, same, 0);
  }

  static DiffRow deleted(String text) {
    return new DiffRow(Kind.DELETED, List.of(new DiffSegment(text, DiffSegment.Kind.DELETED)), List.of(), 0);
  }

  static DiffRow inserted(String text) {
    return new DiffRow(Kind.INSERTED, List.of(), List.of(new DiffSegment(text, DiffSegment.Kind.INSERTED)), 0);
  }

  /** @param words the word diff of the two blocks, in reading order */
  static DiffRow changed(List<DiffSegment> words) {
    return new DiffRow(Kind.CHANGED,
        words.stream().filter(s -> s.kind() != DiffSegment.Kind.INSERTED).toList(),
        words.stream().filter(s -> s.kind() != DiffSegment.Kind.DELETED).toList(),
        0);
  }

  static DiffRow collapsed(int unchangedBlocks) {
    return new DiffRow(Kind.COLLAPSED, List.of(), List.of(), unchangedBlocks);
  }

  /** The older block's whole text. */
  public String leftText() {
    return left.stream().map(DiffSegment::text).collect(Collectors.joining());
  }

  /** The newer block's whole text. */
  public String rightText() {
    return right.stream().map(DiffSegment::text).collect(Collectors.joining());
  }
}

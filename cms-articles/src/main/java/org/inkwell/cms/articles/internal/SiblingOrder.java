package org.inkwell.cms.articles.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moving a page among its siblings: the menu orders that put them in their new order. Siblings
 * with equal menu orders are ordered by title, so a move that only swapped two of them could change
 * nothing; then they are numbered afresh, and later moves only swap numbers.
 */
final class SiblingOrder {

  /** A page among its siblings, with its menu order. */
  record Sibling(long id, int menuOrder) {}

  private SiblingOrder() {}

  /**
   * @param siblings all of them, in their current order (menu order, then title)
   * @param places how far to move it: negative towards the first place; stops at either end
   * @return the new menu order of each sibling whose menu order changes, by id
   */
  static Map<Long, Integer> move(List<Sibling> siblings, long id, int places) {
    int from = indexOf(siblings, id);
    int to = (int) Math.max(0, Math.min(siblings.size() - 1, (long) from + places));
    Map<Long, Integer> changes = new LinkedHashMap<>();
    if (from == to) {
      return changes;
    }
    List<Sibling> reordered = new ArrayList<>(siblings);
    reordered.add(to, reordered.remove(from));
    boolean distinct = true;
    for (int i = 1; i < siblings.size(); i++) {
      distinct &= siblings.get(i - 1).menuOrder() < siblings.get(i).menuOrder();
    }
    int first = siblings.get(0).menuOrder();
    for (int i = 0; i < reordered.size(); i++) {
      // Distinct orders are handed round (a swap of neighbours changes two pages); ties are numbered.
      int order = distinct ? siblings.get(i).menuOrder() : first + i;
      Sibling sibling = reordered.get(i);
      if (sibling.menuOrder() != order) {
        changes.put(sibling.id(), order);
      }
    }
    return changes;
  }

  private static int indexOf(List<Sibling> siblings, long id) {
    for (int i = 0; i < siblings.size(); i++) {
      if (siblings.get(i).id() == id) {
        return i;
      }
    }
    throw new IllegalArgumentException("page " + id + " is not among the siblings");
  }
}

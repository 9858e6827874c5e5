package org.inkwell.cms.articles.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.inkwell.cms.core.InvalidInputException;

/** The rules of the page hierarchy, on ids alone: any depth, and no page below itself. */
final class PageTree {

  private PageTree() {}

  /**
   * Refuses {@code parentId} as the parent of {@code pageId} when it is the page itself or one of
   * the pages below it, which would cut the branch off the tree.
   *
   * @param pageId {@code null} for a page not saved yet, which has nothing below it
   * @param parentOf the parent's id of a page, {@code null} for a top-level one
   */
  static void requireAllowedParent(Long pageId, long parentId, LongFunction<Long> parentOf) {
    if (!isAllowedParent(pageId, parentId, parentOf)) {
      throw new InvalidInputException(
          "parent", "must not be the page itself or one of the pages below it");
    }
  }

  /** Whether {@code parentId} may be the parent of {@code pageId} (see {@link #requireAllowedParent}). */
  static boolean isAllowedParent(Long pageId, long parentId, LongFunction<Long> parentOf) {
    if (pageId == null) {
      return true;
    }
    Set<Long> seen = new HashSet<>();
    for (Long id = parentId; id != null && seen.add(id); id = parentOf.apply(id)) {
      if (id.equals(pageId)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The nodes in tree order: each after its parent, depth first, siblings in the order given.
   * A node whose parent is not among them counts as top-level.
   */
  static <T> List<T> inTreeOrder(List<T> nodes, Function<T, Long> id, Function<T, Long> parent) {
    Map<Long, T> byId = new LinkedHashMap<>();
    nodes.forEach(n -> byId.put(id.apply(n), n));
    Map<Long, List<T>> children = new LinkedHashMap<>();
    List<T> roots = new ArrayList<>();
    for (T node : nodes) {
      Long parentId = parent.apply(node);
      if (parentId == null || !byId.containsKey(parentId)) {
        roots.add(node);
      } else {
        children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(node);
      }
    }
    List<T> ordered = new ArrayList<>(nodes.size());
    Set<Long> placed = new HashSet<>();
    roots.forEach(root -> place(root, id, children, ordered, placed));
    return ordered;
  }

  private static <T> void place(
      T node, Function<T, Long> id, Map<Long, List<T>> children, List<T> ordered, Set<Long> placed) {
    // Iterative, so that a deep tree cannot overflow the stack.
    List<T> stack = new ArrayList<>(List.of(node));
    while (!stack.isEmpty()) {
      T next = stack.remove(stack.size() - 1);
      if (!placed.add(id.apply(next))) {
        continue;
      }
      ordered.add(next);
      List<T> below = children.getOrDefault(id.apply(next), List.of());
      for (int i = below.size() - 1; i >= 0; i--) {
        stack.add(below.get(i));
      }
    }
  }
}

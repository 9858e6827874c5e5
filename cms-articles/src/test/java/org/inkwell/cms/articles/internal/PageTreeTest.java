package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class PageTreeTest {

  /** Child id to parent id; top-level pages are absent. */
  private final Map<Long, Long> parents = new HashMap<>();

  @Test
  void aPageCannotBeItsOwnParent() {
    assertRefused(1L, 1L);
  }

  @Test
  void aPageCannotMoveBelowItsChildOrAnyDeeperDescendant() {
    chain(1, 2, 3, 4, 5);

    assertRefused(1L, 2L);
    assertRefused(1L, 5L);
    assertRefused(3L, 5L);
  }

  @Test
  void anyOtherPageMayBeTheParentAtAnyDepth() {
    chain(1, 2, 3);
    parents.put(10L, 1L);
    long deepest = 10;
    for (long id = 100; id < 150; id++) { // fifty levels below page 10
      parents.put(id, deepest);
      deepest = id;
    }
    long bottom = deepest;

    assertThatCode(() -> PageTree.requireAllowedParent(3L, 10L, parents::get)).doesNotThrowAnyException();
    assertThatCode(() -> PageTree.requireAllowedParent(2L, bottom, parents::get)).doesNotThrowAnyException();
    assertThatCode(() -> PageTree.requireAllowedParent(null, 3L, parents::get)).doesNotThrowAnyException();
    assertRefused(10L, bottom);
  }

  @Test
  void aLoopInStoredParentsEndsTheWalk() {
    parents.put(7L, 8L);
    parents.put(8L, 7L);

    assertThatCode(() -> PageTree.requireAllowedParent(1L, 7L, parents::get)).doesNotThrowAnyException();
  }

  @Test
  void treeOrderPutsEachPageAfterItsParentAndKeepsSiblingsOrder() {
    record Node(long id, Long parent) {}
    // In siblings' order, as the repository gives them: menu order, then title.
    List<Node> nodes =
        List.of(
            new Node(5, 2L), new Node(1, null), new Node(4, 1L), new Node(2, null), new Node(3, 1L),
            new Node(6, 4L), new Node(9, 99L));

    List<Long> ordered = PageTree.inTreeOrder(nodes, Node::id, Node::parent).stream().map(Node::id).toList();

    assertThat(ordered).containsExactly(1L, 4L, 6L, 3L, 2L, 5L, 9L);
  }

  private void chain(long... ids) {
    for (int i = 1; i < ids.length; i++) {
      parents.put(ids[i], ids[i - 1]);
    }
  }

  private void assertRefused(Long page, long parent) {
    assertThatThrownBy(() -> PageTree.requireAllowedParent(page, parent, parents::get))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("parent"));
  }
}

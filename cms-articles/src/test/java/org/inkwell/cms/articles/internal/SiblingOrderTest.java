package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.inkwell.cms.articles.internal.SiblingOrder.Sibling;
import org.junit.jupiter.api.Test;

class SiblingOrderTest {

  @Test
  void distinctOrdersAreSwappedBetweenNeighbours() {
    List<Sibling> siblings = List.of(new Sibling(1, 10), new Sibling(2, 20), new Sibling(3, 30));

    assertThat(SiblingOrder.move(siblings, 3, -1)).containsExactlyInAnyOrderEntriesOf(Map.of(3L, 20, 2L, 30));
    assertThat(SiblingOrder.move(siblings, 1, 1)).containsExactlyInAnyOrderEntriesOf(Map.of(2L, 10, 1L, 20));
  }

  @Test
  void equalOrdersAreNumberedAfreshFromTheFirst() {
    List<Sibling> siblings = List.of(new Sibling(1, 0), new Sibling(2, 0), new Sibling(3, 0));

    Map<Long, Integer> changes = SiblingOrder.move(siblings, 3, -1);

    assertThat(changes).containsExactlyInAnyOrderEntriesOf(Map.of(3L, 1, 2L, 2));
    assertThat(orderAfter(siblings, changes)).containsExactly(1L, 3L, 2L);
  }

  @Test
  void aMoveStopsAtEitherEnd() {
    List<Sibling> siblings = List.of(new Sibling(1, -5), new Sibling(2, 0), new Sibling(3, 7));

    assertThat(orderAfter(siblings, SiblingOrder.move(siblings, 2, -100))).containsExactly(2L, 1L, 3L);
    assertThat(orderAfter(siblings, SiblingOrder.move(siblings, 1, Integer.MAX_VALUE))).containsExactly(2L, 3L, 1L);
    assertThat(SiblingOrder.move(siblings, 1, -1)).isEmpty();
    assertThat(SiblingOrder.move(siblings, 3, 1)).isEmpty();
    assertThat(SiblingOrder.move(List.of(new Sibling(9, 4)), 9, 1)).as("an only child").isEmpty();
  }

  @Test
  void aPageThatIsNoSiblingIsRefused() {
    assertThatThrownBy(() -> SiblingOrder.move(List.of(new Sibling(1, 0)), 2, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  /** The ids as the menu orders after the changes sort them (ties would fall back to the old order). */
  private static List<Long> orderAfter(List<Sibling> siblings, Map<Long, Integer> changes) {
    List<Sibling> after = new ArrayList<>();
    siblings.forEach(s -> after.add(new Sibling(s.id(), changes.getOrDefault(s.id(), s.menuOrder()))));
    after.sort(Comparator.comparingInt(Sibling::menuOrder));
    return after.stream().map(Sibling::id).toList();
  }
}

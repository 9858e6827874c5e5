package org.inkwell.cms.relatedposts.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inkwell.cms.relatedposts.internal.Curation;
import org.junit.jupiter.api.Test;

class CurationEditsTest {

  private static final Curation PINS_2_3_4 = new Curation(List.of(2L, 3L, 4L), List.of(9L));

  @Test
  void aNewPinComesLastAndLiftsAnExclusion() {
    assertThat(CurationEdits.pin(PINS_2_3_4, 5)).isEqualTo(new Curation(List.of(2L, 3L, 4L, 5L), List.of(9L)));
    assertThat(CurationEdits.pin(PINS_2_3_4, 9)).isEqualTo(new Curation(List.of(2L, 3L, 4L, 9L), List.of()));
  }

  @Test
  void pinningAPinnedPostAgainMovesItLast() {
    assertThat(CurationEdits.pin(PINS_2_3_4, 2)).isEqualTo(new Curation(List.of(3L, 4L, 2L), List.of(9L)));
  }

  @Test
  void excludingAPinnedPostUnpinsIt() {
    assertThat(CurationEdits.exclude(PINS_2_3_4, 3)).isEqualTo(new Curation(List.of(2L, 4L), List.of(9L, 3L)));
    assertThat(CurationEdits.exclude(PINS_2_3_4, 9)).as("once").isEqualTo(PINS_2_3_4);
  }

  @Test
  void removingKeepsTheRestInOrder() {
    assertThat(CurationEdits.unpin(PINS_2_3_4, 3)).isEqualTo(new Curation(List.of(2L, 4L), List.of(9L)));
    assertThat(CurationEdits.unexclude(PINS_2_3_4, 9)).isEqualTo(new Curation(List.of(2L, 3L, 4L), List.of()));
    assertThat(CurationEdits.unpin(PINS_2_3_4, 42)).isEqualTo(PINS_2_3_4);
  }

  @Test
  void moveUpAndDownSwapWithTheNeighbour() {
    assertThat(CurationEdits.moveUp(PINS_2_3_4, 3).pinned()).containsExactly(3L, 2L, 4L);
    assertThat(CurationEdits.moveDown(PINS_2_3_4, 3).pinned()).containsExactly(2L, 4L, 3L);
  }

  @Test
  void theEndsStayPutAndUnknownPostsChangeNothing() {
    assertThat(CurationEdits.moveUp(PINS_2_3_4, 2)).isEqualTo(PINS_2_3_4);
    assertThat(CurationEdits.moveDown(PINS_2_3_4, 4)).isEqualTo(PINS_2_3_4);
    assertThat(CurationEdits.moveUp(PINS_2_3_4, 42)).isEqualTo(PINS_2_3_4);
    assertThat(CurationEdits.moveDown(PINS_2_3_4, 42)).isEqualTo(PINS_2_3_4);
  }

  @Test
  void aDraggedRowLandsWhereItIsDropped() {
    assertThat(CurationEdits.movePin(PINS_2_3_4, 0, 2).pinned()).containsExactly(3L, 4L, 2L);
    assertThat(CurationEdits.movePin(PINS_2_3_4, 2, 0).pinned()).containsExactly(4L, 2L, 3L);
    assertThat(CurationEdits.movePin(PINS_2_3_4, 1, 1)).isEqualTo(PINS_2_3_4);
    assertThat(CurationEdits.movePin(PINS_2_3_4, 0, 2).excluded()).containsExactly(9L);
  }

  @Test
  void dropsOutsideTheRowsChangeNothing() {
    assertThat(CurationEdits.movePin(PINS_2_3_4, -1, 0)).isEqualTo(PINS_2_3_4);
    assertThat(CurationEdits.movePin(PINS_2_3_4, 0, 3)).isEqualTo(PINS_2_3_4);
  }
}

package org.inkwell.cms.relatedposts.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowFocusTest {

  @Test
  void theFocusStaysOnTheSameActionWhileItCanBePressedAgain() {
    assertThat(RowFocus.buttonAfterMove(RowFocus.MOVE_UP, 1, 3)).isEqualTo(RowFocus.MOVE_UP);
    assertThat(RowFocus.buttonAfterMove(RowFocus.MOVE_DOWN, 1, 3)).isEqualTo(RowFocus.MOVE_DOWN);
  }

  @Test
  void atAnEndItTurnsToTheOppositeAction() {
    assertThat(RowFocus.buttonAfterMove(RowFocus.MOVE_UP, 0, 3)).isEqualTo(RowFocus.MOVE_DOWN);
    assertThat(RowFocus.buttonAfterMove(RowFocus.MOVE_DOWN, 2, 3)).isEqualTo(RowFocus.MOVE_UP);
  }

  @Test
  void theButtonOfAnotherRowOfTheSameTable() {
    assertThat(RowFocus.inRow("editor:pinnedTable:2:moveUp", ':', 1, "moveUp")).isEqualTo("editor:pinnedTable:1:moveUp");
    assertThat(RowFocus.inRow("editor:pinnedTable:10:moveDown", ':', 11, "moveUp"))
        .isEqualTo("editor:pinnedTable:11:moveUp");
  }

  @Test
  void nothingForAButtonOutsideATable() {
    assertThat(RowFocus.inRow("moveUp", ':', 1, "moveUp")).isNull();
    assertThat(RowFocus.inRow(":moveUp", ':', 1, "moveUp")).isNull();
  }
}

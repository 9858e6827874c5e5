package org.inkwell.cms.relatedposts.admin;

/**
 * Where the keyboard goes after Move up or Move down: the table is drawn again with the post in
 * another row, so the focus follows it to the button of that row.
 */
final class RowFocus {

  static final String MOVE_UP = "moveUp";
  static final String MOVE_DOWN = "moveDown";

  private RowFocus() {}

  /**
   * The same action as the one pressed, unless the post reached that end of the list, where that
   * button is disabled: then the opposite one.
   */
  static String buttonAfterMove(String pressed, int row, int rows) {
    boolean atTop = row == 0;
    boolean atBottom = row == rows - 1;
    if (MOVE_UP.equals(pressed)) {
      return atTop ? MOVE_DOWN : MOVE_UP;
    }
    return atBottom ? MOVE_UP : MOVE_DOWN;
  }

  /**
   * The client id of button {@code buttonId} in row {@code row} of the table whose row holds the
   * pressed button, e.g. {@code editor:pinnedTable:1:moveUp} for row 1 from {@code
   * editor:pinnedTable:2:moveUp}; {@code null} if the pressed one is not in a table row.
   */
  static String inRow(String pressedClientId, char separator, int row, String buttonId) {
    int idStart = pressedClientId.lastIndexOf(separator);
    int rowStart = idStart <= 0 ? -1 : pressedClientId.lastIndexOf(separator, idStart - 1);
    if (rowStart < 0) {
      return null;
    }
    return pressedClientId.substring(0, rowStart + 1) + row + separator + buttonId;
  }
}

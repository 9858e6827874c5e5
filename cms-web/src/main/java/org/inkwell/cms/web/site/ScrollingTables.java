package org.inkwell.cms.web.site;

/**
 * Puts each table of a body in a box of its own that scrolls sideways when the table is wider than
 * the column, so a wide table neither widens the page nor has its words broken. The box is named
 * and takes the keyboard focus, so it scrolls with the arrow keys too; the table keeps its own
 * display and so its meaning to screen readers.
 */
final class ScrollingTables {

  private static final String BOX =
      "<div class=\"table-scroll\" role=\"region\" aria-label=\"Table, scrolls sideways\" tabindex=\"0\">";

  private ScrollingTables() {}

  /**
   * {@code sanitizedBody} is what the articles' sanitiser stored: its text and attribute values
   * carry no raw {@code <}, so every {@code <table} in it is the start of a table.
   */
  static String wrap(String sanitizedBody) {
    return sanitizedBody.replace("<table", BOX + "<table").replace("</table>", "</table></div>");
  }
}

package org.inkwell.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScrollingTablesTest {

  private static final String BOX =
      "<div class=\"table-scroll\" role=\"region\" aria-label=\"Table, scrolls sideways\" tabindex=\"0\">";

  @Test
  void putsEachTableInAFocusableNamedBox() {
    assertThat(ScrollingTables.wrap("<p>a</p><table><tbody><tr><td>1</td></tr></tbody></table><p>b</p>"))
        .isEqualTo("<p>a</p>" + BOX + "<table><tbody><tr><td>1</td></tr></tbody></table></div><p>b</p>");
  }

  @Test
  void wrapsATableInsideACellToo() {
    assertThat(ScrollingTables.wrap("<table><tr><td><table class=\"alignleft\"><tr><td>x</td></tr></table></td></tr></table>"))
        .isEqualTo(BOX + "<table><tr><td>" + BOX + "<table class=\"alignleft\"><tr><td>x</td></tr></table></div>"
            + "</td></tr></table></div>");
  }

  @Test
  void leavesTheWordTableInTextAlone() {
    assertThat(ScrollingTables.wrap("<p>a &lt;table&gt; tag</p>")).isEqualTo("<p>a &lt;table&gt; tag</p>");
  }
}

package org.inkwell.cms.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SanitiserLossesTest {

  @Test
  void namesTheElementsAttributesAndClassesThatSavingRemoves() {
    String written = "<p style=\"color:red\" class=\"alignleft loud\">Hi<script>x()</script></p><iframe src=\"/x\"></iframe>";
    String sanitised = "<p class=\"alignleft\">Hi</p>";

    assertThat(SanitiserLosses.between(written, sanitised))
        .containsExactly("style=\"…\" on <p>", "class \"loud\"", "<script>", "<iframe>", "src=\"…\" on <iframe>");
  }

  @Test
  void saysNothingWhenSavingKeepsEverything() {
    String html = "<table><tbody><tr><td colspan=\"2\">a</td></tr></tbody></table><p><a href=\"/x\">b</a></p>";

    assertThat(SanitiserLosses.between(html, html.replace("<a ", "<a rel=\"noopener\" "))).isEmpty();
  }
}

package org.inkwell.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyEquivalenceTest {

  @Test
  void theSameTextAndFormattingWrittenDifferentlyIsEqual() {
    assertThat(BodyEquivalence.canonical("<p>A <a href=\"/x\"><b>bold</b></a>  link</p>\n<p class=\"b a\">x</p>"))
        .isEqualTo(BodyEquivalence.canonical("<p>A <b><a href=\"/x\">bold</a></b> link </p><p class=\"a b\">x</p>"));
  }

  @Test
  void lostFormattingAttributesOrStructureIsNotEqual() {
    String table = "<table><thead><tr><th scope=\"col\">a</th></tr></thead></table>";
    assertThat(BodyEquivalence.canonical(table)).isNotEqualTo(BodyEquivalence.canonical(table.replace(" scope=\"col\"", "")));
    assertThat(BodyEquivalence.canonical(table)).isNotEqualTo(BodyEquivalence.canonical(table.replace("thead", "tbody")));
    assertThat(BodyEquivalence.canonical("<p><del>x</del></p>")).isNotEqualTo(BodyEquivalence.canonical("<p>x</p>"));
    assertThat(BodyEquivalence.canonical("<pre>a\n  b</pre>")).isNotEqualTo(BodyEquivalence.canonical("<pre>a b</pre>"));
    assertThat(BodyEquivalence.canonical("<ul><li>a<ul><li>b</li></ul></li></ul>"))
        .isNotEqualTo(BodyEquivalence.canonical("<ul><li>a</li><li>b</li></ul>"));
  }
}

package org.inkwell.cms.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuillHtmlTest {

  @Test
  void bulletItemsBecomeAnUnorderedList() {
    String quill = "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Squat</li>"
        + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Lunge</li></ol>";

    assertThat(QuillHtml.normalise(quill)).isEqualTo("<ul><li>Squat</li><li>Lunge</li></ul>");
  }

  @Test
  void mixedItemsSplitIntoOneListPerKind() {
    String quill = "<ol><li data-list=\"ordered\">One</li><li data-list=\"ordered\">Two</li>"
        + "<li data-list=\"bullet\">Dot</li></ol>";

    assertThat(QuillHtml.normalise(quill)).isEqualTo("<ol><li>One</li><li>Two</li></ol><ul><li>Dot</li></ul>");
  }

  @Test
  void codeLinesBecomeOnePreformattedBlockWithTheirTextEscaped() {
    String quill = "<div class=\"ql-code-block-container\" spellcheck=\"false\"><div class=\"ql-code-block\">if (a &lt; b)</div>"
        + "<div class=\"ql-code-block\">  run();</div></div>";

    assertThat(QuillHtml.normalise(quill)).isEqualTo("<pre><code>if (a &lt; b)\n  run();</code></pre>");
  }

  @Test
  void emptyParagraphsGoButImagesAndTextStay() {
    String quill = "<h2>Why</h2><p><br></p><p><img src=\"/media/a.jpg\" alt=\"A squat\"></p><p>Text <strong>bold</strong></p>";

    assertThat(QuillHtml.normalise(quill))
        .isEqualTo("<h2>Why</h2><p><img src=\"/media/a.jpg\" alt=\"A squat\"></p><p>Text <strong>bold</strong></p>");
  }

  @Test
  void nothingToNormaliseIsLeftAlone() {
    assertThat(QuillHtml.normalise(null)).isNull();
    assertThat(QuillHtml.normalise("")).isEmpty();
  }
}

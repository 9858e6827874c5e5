package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {

  @Nested
  class Body {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "<h2>Warm up</h2><h3>Legs</h3><h4>Squats</h4>",
          "<p>Start <strong>slowly</strong> and <em>breathe</em>.</p>",
          "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>",
          "<blockquote><p>Strength is a skill.</p></blockquote>",
          "<p>Run <code>npm test</code></p><pre>line 1\nline 2</pre>",
          "<table><thead><tr><th scope=\"col\">Food</th></tr></thead>"
              + "<tbody><tr><td colspan=\"2\">Eggs</td></tr></tbody></table>",
        })
    void keepsTheMarkupArticlesAreWrittenWith(String html) {
      assertThat(HtmlSanitizer.body(html)).isEqualTo(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/guide", "/about", "#section-2", "../other-post"})
    void keepsLinksToWebAndRelativeAddressesAndAddsNoopener(String href) {
      String html = "<a href=\"" + href + "\">read</a>";

      assertThat(HtmlSanitizer.body(html))
          .isEqualTo("<a href=\"" + href + "\" rel=\"noopener\">read</a>");
    }

    @Test
    void keepsImagesWithSourceAltAndSize() {
      String html =
          "<img src=\"https://cdn.example.com/a.png\" alt=\"A cat\" width=\"640\" height=\"480\" />";

      assertThat(HtmlSanitizer.body(html)).isEqualTo(html);
    }

    @Test
    void keepsFiguresWithCaptions() {
      String html =
          "<figure><img src=\"/media/squat.png\" alt=\"Squat\" />"
              + "<figcaption>Keep your back straight</figcaption></figure>";

      assertThat(HtmlSanitizer.body(html)).isEqualTo(html);
    }

    @Test
    void removesScriptElementsWithTheirContent() {
      String clean = HtmlSanitizer.body("<p>ok</p><script>alert('x')</script>");

      assertThat(clean).isEqualTo("<p>ok</p>");
    }

    @Test
    void removesStyleElementsWithTheirContent() {
      assertThat(HtmlSanitizer.body("<style>p { color: red }</style><p>ok</p>"))
          .isEqualTo("<p>ok</p>");
    }

    @Test
    void removesIframes() {
      assertThat(HtmlSanitizer.body("<iframe src=\"https://evil.example\"></iframe><p>ok</p>"))
          .isEqualTo("<p>ok</p>");
    }

    @Test
    void removesEventHandlerAndStyleAttributesButKeepsTheElement() {
      assertThat(HtmlSanitizer.body("<p onclick=\"steal()\" style=\"color:red\">hi</p>"))
          .isEqualTo("<p>hi</p>");
      assertThat(HtmlSanitizer.body("<img src=\"/media/a.png\" alt=\"a\" onerror=\"steal()\" />"))
          .isEqualTo("<img src=\"/media/a.png\" alt=\"a\" />");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          "java&#x09;script:alert(1)",
          "data:text/html;base64,PHNjcmlwdD4=",
          "vbscript:msgbox(1)"
        })
    void dropsExecutableLinkTargetsButKeepsTheLinkText(String href) {
      String clean = HtmlSanitizer.body("<a href=\"" + href + "\">click</a>");

      assertThat(clean).isEqualTo("click");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:image/png;base64,iVBORw0KGgo="})
    void dropsExecutableOrInlineImageSources(String src) {
      String clean = HtmlSanitizer.body("<img src=\"" + src + "\" alt=\"x\" />");

      assertThat(clean).doesNotContain("src=").doesNotContain("javascript").doesNotContain("data:");
    }

    @Test
    void dropsNonNumericImageSizes() {
      assertThat(HtmlSanitizer.body("<img src=\"/a.png\" alt=\"a\" width=\"100%\" height=\"1e9\" />"))
          .isEqualTo("<img src=\"/a.png\" alt=\"a\" />");
    }

    @Test
    void reducesTheTopLevelHeadingToText() {
      assertThat(HtmlSanitizer.body("<h1>Title</h1><p>x</p>")).isEqualTo("Title<p>x</p>");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void emptyForNoBody(String html) {
      assertThat(HtmlSanitizer.body(html)).isEmpty();
    }
  }

  @Nested
  class PlainText {

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '"',
        textBlock =
            """
            <p>a</p><p>b</p>                       | a b
            <h2>Title</h2>Text                     | Title Text
            <ul><li>one</li><li>two</li></ul>      | one two
            line<br>break<br/>and<br />more        | line break and more
            <blockquote>quote</blockquote>after    | quote after
            <figcaption>caption</figcaption>after  | caption after
            <p><strong>bold</strong> move</p>      | bold move
            Fish &amp; chips                       | Fish & chips
            &lt;b&gt; is bold                      | <b> is bold
            it&#39;s mail&#64;example.com          | it's mail@example.com
            1 + 1 = 2                              | 1 + 1 = 2
            &amp;lt;p&amp;gt;                      | &lt;p&gt;
            &copy; 2024 caf&eacute;                | © 2024 café
            """)
    void stripsTagsAndDecodesEntities(String html, String text) {
      assertThat(HtmlSanitizer.plainText(html)).isEqualTo(text);
    }

    @Test
    void decodesQuotes() {
      assertThat(HtmlSanitizer.plainText("say &quot;hi&quot; &#34;twice&#34;"))
          .isEqualTo("say \"hi\" \"twice\"");
    }

    @Test
    void foldsWhitespaceAndTrims() {
      assertThat(HtmlSanitizer.plainText("  <p>a \n\n\t b</p>\n  <p>  c  </p>  ")).isEqualTo("a b c");
    }

    @Test
    void dropsScriptAndStyleContent() {
      assertThat(HtmlSanitizer.plainText("<script>alert(1)</script><style>p{}</style><p>hi</p>"))
          .isEqualTo("hi");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void emptyForNoHtml(String html) {
      assertThat(HtmlSanitizer.plainText(html)).isEmpty();
    }

    /**
     * BUG (fails): words in neighbouring table cells are glued together, because only p, br, h1-h6,
     * li, blockquote and figcaption ends are turned into spaces. The same happens across dt/dd, div
     * and hr. Tables are allowed in article bodies, so a body that starts with one gets an excerpt
     * like "FoodProtein".
     */
    @Test
    void keepsWordsInNeighbouringTableCellsApart() {
      String html = "<table><tr><th>Food</th><th>Protein</th></tr><tr><td>Eggs</td><td>13 g</td></tr></table>";

      assertThat(HtmlSanitizer.plainText(html)).isEqualTo("Food Protein Eggs 13 g");
    }

    /**
     * BUG (fails): characters outside the Basic Multilingual Plane (emoji, some CJK, math letters)
     * come out as numeric character references, because the sanitizer encodes them as "&#x1f389;"
     * and {@code unescape} decodes only a fixed list of entities. Excerpts, generated or manual,
     * then show "&#x1f389;" instead of the emoji.
     */
    @Test
    void keepsEmojiAsTheyAre() {
      assertThat(HtmlSanitizer.plainText("<p>Party time 🎉</p>")).isEqualTo("Party time 🎉");
    }
  }
}

package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.inkwell.cms.articles.wordpress.wxr.Attachments;
import org.inkwell.cms.articles.wordpress.wxr.PostBody;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {

  @Nested
  class ImportedShortcodes {

    @Test
    void galleriesCaptionsPlayersAndLinksMadeFromShortcodesSurviveTheSanitiser() {
      Attachments imported = id -> Optional.of(new Attachments.Image("/media/uploads/2024/02/" + id + ".jpg", "Photo " + id, 640, 480));
      String converted = PostBody.convert(
          "[gallery columns=2 ids=\"769,767\"]\n\n[caption align=\"alignleft\"]<img src=\"/media/uploads/a.jpg\" alt=\"A\"> Left[/caption]\n\n"
              + "[audio src=\"/media/uploads/2026/05/talk.mp3\"]\n\n[embed]https://www.youtube.com/watch?v=x1[/embed]", imported).html();
      assertThat(HtmlSanitizer.body(converted))
          .contains("<figure class=\"wp-block-gallery gallery columns-2\"><figure class=\"wp-block-image\"><img src=\"/media/uploads/2024/02/769.jpg\"")
          .contains("<figure class=\"wp-caption alignleft\"><img src=\"/media/uploads/a.jpg\" alt=\"A\" /><figcaption>Left</figcaption></figure>")
          .contains("<audio src=\"/media/uploads/2026/05/talk.mp3\" controls=\"controls\"></audio>")
          .contains("<a href=\"https://www.youtube.com/watch?v&#61;x1\" rel=\"noopener\">");
    }
  }

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
    @ValueSource(
        strings = {
          "<p>Was <del>£20</del> now <ins>£15</ins>, <s>sold out</s> back in stock.</p>",
          "<p><del cite=\"https://example.com/why\" datetime=\"2024-05-01\">old</del>"
              + "<ins datetime=\"2024-05-01T10:00:00Z\">new</ins></p>",
          "<p>She said <q cite=\"https://example.com/talk\">lift with the legs</q> in "
              + "<cite>Strong Backs</cite>.</p>",
          "<p><abbr title=\"Body mass index\">BMI</abbr>, H<sub>2</sub>O, 10<sup>3</sup>, "
              + "<mark>key</mark>, <small>fine print</small></p>",
          "<dl><dt>Rep</dt><dd>One movement</dd></dl>",
          "<address>Studio 4, High Street</address>",
          "<p>Press <kbd>Ctrl</kbd>, set <var>n</var>, see <samp>OK</samp></p>",
          "<h5>Small heading</h5><h6>Smallest heading</h6>",
          "<table><caption>Protein</caption><colgroup><col span=\"2\" /></colgroup>"
              + "<thead><tr><th scope=\"col\">Food</th><th scope=\"col\">Grams</th></tr></thead>"
              + "<tbody><tr><th scope=\"row\" rowspan=\"2\">Eggs</th><td>13</td></tr></tbody>"
              + "<tfoot><tr><td colspan=\"2\">per 100 g</td></tr></tfoot></table>",
          "<pre class=\"language-java\"><code class=\"language-java\">int reps;</code></pre>",
          "<figure class=\"wp-block-image aligncenter\"><img src=\"/media/squat.png\" alt=\"Squat\" />"
              + "<figcaption>Keep your back straight</figcaption></figure>",
        })
    void keepsTheMarkupWordPressAuthorsUse(String html) {
      assertThat(HtmlSanitizer.body(html)).isEqualTo(html);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "alignleft", "alignright", "aligncenter", "alignwide", "alignfull", "alignnone",
          "gallery", "gallery-item", "gallery-columns-1", "gallery-columns-9", "wp-block-gallery",
          "wp-block-image", "wp-caption", "wp-caption-text", "blocks-gallery-grid", "columns-3"
        })
    void keepsTheLayoutClassesTheThemeStyles(String name) {
      String html = "<div class=\"" + name + "\"><p>x</p></div>";

      assertThat(HtmlSanitizer.body(html)).isEqualTo(html);
    }

    @Test
    void keepsOnlyTheAllowedClassesOfAnElement() {
      assertThat(
              HtmlSanitizer.body(
                  "<img class=\"alignleft size-medium wp-image-9 alignleft\" src=\"/media/a.png\" alt=\"a\" />"))
          .isEqualTo("<img class=\"alignleft\" src=\"/media/a.png\" alt=\"a\" />");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "post-title", "site-header", "visually-hidden", "wp-image-12", "size-large",
          "gallery-columns-10", "gallery-columns-0", "columns-12", "has-text-color", "language-java"
        })
    void dropsEveryOtherClass(String name) {
      assertThat(HtmlSanitizer.body("<p class=\"" + name + "\">x</p>")).isEqualTo("<p>x</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"language-", "language-c%23", "Language-Java", "language-abcdefghijklmnopqrstuvwxyz0123456789"})
    void keepsOnlyAWellFormedLanguageOnCode(String name) {
      assertThat(HtmlSanitizer.body("<code class=\"" + name + "\">x</code>")).isEqualTo("<code>x</code>");
    }

    @Test
    void keepsPlayersOfTheMediaLibrarysFilesWithControlsAndNeverAutoplay() {
      assertThat(
              HtmlSanitizer.body(
                  "<video src=\"/media/uploads/2026/05/run.mp4\" autoplay loop muted onplay=\"x()\" "
                      + "poster=\"/media/uploads/2026/05/run.jpg\" width=\"640\"></video>"))
          .isEqualTo(
              "<video src=\"/media/uploads/2026/05/run.mp4\" poster=\"/media/uploads/2026/05/run.jpg\" "
                  + "width=\"640\" controls=\"controls\"></video>");
      assertThat(
              HtmlSanitizer.body(
                  "<audio controls><source src=\"/media/uploads/2026/05/talk.ogg\" type=\"audio/ogg\" />"
                      + "</audio>"))
          .isEqualTo(
              "<audio controls=\"controls\"><source src=\"/media/uploads/2026/05/talk.ogg\" "
                  + "type=\"audio/ogg\" /></audio>");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://cdn.example.com/run.mp4",
          "//cdn.example.com/run.mp4",
          "/media/uploads/../../WEB-INF/web.xml",
          "/media/uploads/2026/.hidden.mp4",
          "/media/demo/run.mp4",
          "/admin/run.mp4",
          "javascript:alert(1)",
          "data:video/mp4;base64,AAAA"
        })
    void dropsMediaFromAnywhereButTheMediaLibrary(String src) {
      assertThat(HtmlSanitizer.body("<video src=\"" + src + "\" poster=\"" + src + "\"></video>"))
          .isEqualTo("<video controls=\"controls\"></video>");
      assertThat(HtmlSanitizer.body("<audio><source src=\"" + src + "\" /></audio>"))
          .isEqualTo("<audio controls=\"controls\"></audio>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4="})
    void dropsExecutableQuotationSources(String cite) {
      assertThat(HtmlSanitizer.body("<q cite=\"" + cite + "\">x</q><del cite=\"" + cite + "\">y</del>"))
          .isEqualTo("<q>x</q><del>y</del>");
    }

    @Test
    void keepsKnownLinkRelsAndAlwaysAddsNoopener() {
      assertThat(HtmlSanitizer.body("<a href=\"https://example.com\" rel=\"nofollow sponsored\">ad</a>"))
          .isEqualTo("<a href=\"https://example.com\" rel=\"nofollow sponsored noopener\">ad</a>");
      assertThat(HtmlSanitizer.body("<a href=\"/a\" rel=\"noopener noreferrer\">a</a>"))
          .isEqualTo("<a href=\"/a\" rel=\"noopener noreferrer\">a</a>");
      assertThat(HtmlSanitizer.body("<a href=\"/a\" rel=\"opener stylesheet\">a</a>"))
          .isEqualTo("<a href=\"/a\" rel=\"noopener\">a</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1000", "-1", "2x", "1e3"})
    void dropsSpansOutsideOneTo999(String span) {
      assertThat(HtmlSanitizer.body("<table><tr><td colspan=\"" + span + "\" rowspan=\"" + span + "\">x</td></tr></table>"))
          .isEqualTo("<table><tbody><tr><td>x</td></tr></tbody></table>");
    }

    @Test
    void dropsFormsAndTheirControls() {
      assertThat(HtmlSanitizer.body("<form action=\"/x\"><input name=\"q\" /><button>Go</button></form><p>ok</p>"))
          .isEqualTo("Go<p>ok</p>");
    }

    @Test
    void dropsCharactersXml10CannotCarry() {
      assertThat(HtmlSanitizer.body("<p>a\u0001b\u001bc\ufffed\ud800e</p>")).isEqualTo("<p>abcde</p>");
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

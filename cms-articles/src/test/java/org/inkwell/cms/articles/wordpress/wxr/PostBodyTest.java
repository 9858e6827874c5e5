package org.inkwell.cms.articles.wordpress.wxr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostBodyTest {

  @Test
  void blockCommentsGoAndTheBlocksHtmlStays() {
    PostBody.Converted c = PostBody.convert(
        "<!-- wp:heading {\"level\":3} -->\n<h3>Title</h3>\n<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p>Text</p>\n<!-- /wp:paragraph -->");
    assertThat(c.html()).isEqualTo("<h3>Title</h3>\n\n<p>Text</p>");
    assertThat(c.keptShortcodes()).isEmpty();
  }

  @Test
  void captionsBecomeFigures() {
    assertThat(PostBody.convert(
            "[caption id=\"attachment_6\" align=\"alignright\" width=\"300\"]<a href=\"/big.jpg\"><img src=\"/small.jpg\" alt=\"Boat\" /></a> A boat[/caption]").html())
        .isEqualTo("<figure class=\"wp-caption alignright\"><a href=\"/big.jpg\"><img src=\"/small.jpg\" alt=\"Boat\" /></a><figcaption>A boat</figcaption></figure>");
    assertThat(PostBody.convert("[caption caption=\"Old style\"]<img src=\"/a.jpg\" />[/caption]").html())
        .isEqualTo("<figure class=\"wp-caption\"><img src=\"/a.jpg\" /><figcaption>Old style</figcaption></figure>");
  }

  @Test
  void unknownShortcodesAreKeptAndNamedOnce() {
    PostBody.Converted c = PostBody.convert("<p>[gallery ids=\"1,2\"] and [contact-form] and [gallery]</p>");
    assertThat(c.html()).contains("[gallery ids=\"1,2\"]", "[contact-form]");
    assertThat(c.keptShortcodes()).containsExactly("gallery", "contact-form");
  }

  @Test
  void classicPostsGetParagraphs() {
    assertThat(PostBody.convert("One\n\nTwo\nlines\n\n<ul><li>x</li></ul>").html())
        .isEqualTo("<p>One</p>\n<p>Two<br>\nlines</p>\n<ul><li>x</li></ul>");
    assertThat(PostBody.convert("Single line").html()).isEqualTo("Single line");
  }
}

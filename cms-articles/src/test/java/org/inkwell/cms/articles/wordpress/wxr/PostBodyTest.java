package org.inkwell.cms.articles.wordpress.wxr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostBodyTest {

  /** The block test data's "Shortcode" post, as WordPress exports it. */
  private static final String SHORTCODE_POST = "<!-- wp:paragraph -->\n<p>Gallery shortcode example:</p>\n<!-- /wp:paragraph -->\n\n"
      + "<!-- wp:shortcode -->\n[gallery columns=2 ids=\"769,767\"]\n<!-- /wp:shortcode -->\n\n"
      + "<!-- wp:paragraph -->\n<p>Audio shortcode example:</p>\n<!-- /wp:paragraph -->\n\n"
      + "<!-- wp:shortcode -->\n[audio src=\"https://wpthemetestdata.files.wordpress.com/2008/06/originaldixielandjazzbandwithalbernard-stlouisblues.mp3\"]\n"
      + "<!-- /wp:shortcode -->";

  /** Attachments 769 and 767 of the block test data, as if imported into the media library. */
  private static final Attachments IMPORTED = new Attachments() {
    private final Map<String, Image> images = Map.of(
        "769", new Image("/media/uploads/2024/02/tree.jpg", "A tree", 640, 480),
        "767", new Image("/media/uploads/2024/02/dock.jpg", "A \"dock\"", 0, 0));

    @Override
    public Optional<Image> image(String attachmentId) {
      return Optional.ofNullable(images.get(attachmentId));
    }
  };

  @Test
  void blockCommentsGoAndTheBlocksHtmlStays() {
    PostBody.Converted c = PostBody.convert(
        "<!-- wp:heading {\"level\":3} -->\n<h3>Title</h3>\n<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p>Text</p>\n<!-- /wp:paragraph -->");
    assertThat(c.html()).isEqualTo("<h3>Title</h3>\n\n<p>Text</p>");
    assertThat(c.problems()).isEmpty();
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
  void theTrailNotesCaptionKeepsItsAlignmentAndText() throws IOException {
    String body = fixture("trail-notes.wxr.xml");
    int start = body.indexOf("[caption");
    String caption = body.substring(start, body.indexOf("[/caption]", start) + "[/caption]".length());
    assertThat(PostBody.convert(caption).html())
        .isEqualTo("<figure class=\"wp-caption alignright\"><img src=\"https://trail-notes.example/wp-content/uploads/hill.jpg\""
            + " alt=\"A hill\" width=\"300\" height=\"200\" /><figcaption>The big hill</figcaption></figure>");
  }

  @Test
  void aGalleryOfImportedImagesBecomesAGalleryFigure() throws IOException {
    assertThat(fixture("theme-test-data.wxr.xml")).contains("[gallery columns=2 ids=\"769,767\"]");
    PostBody.Converted c = PostBody.convert(SHORTCODE_POST, IMPORTED);
    assertThat(c.html()).contains("<figure class=\"wp-block-gallery gallery columns-2\">"
        + "<figure class=\"wp-block-image\"><img src=\"/media/uploads/2024/02/tree.jpg\" alt=\"A tree\" width=\"640\" height=\"480\"></figure>"
        + "<figure class=\"wp-block-image\"><img src=\"/media/uploads/2024/02/dock.jpg\" alt=\"A &quot;dock&quot;\"></figure>"
        + "</figure>");
    assertThat(c.html()).doesNotContain("[gallery");
    assertThat(c.problems()).noneMatch(p -> p.contains("gallery"));
  }

  @Test
  void aGalleryOfImagesNotImportedStaysAsTextAndIsNamed() {
    PostBody.Converted c = PostBody.convert(SHORTCODE_POST);
    assertThat(c.html()).contains("[gallery columns=2 ids=\"769,767\"]");
    assertThat(c.problems()).contains("shortcode [gallery] kept as text");
  }

  @Test
  void audioOfAFileNotInTheLibraryBecomesALinkAndIsNamed() {
    String mp3 = "https://wpthemetestdata.files.wordpress.com/2008/06/originaldixielandjazzbandwithalbernard-stlouisblues.mp3";
    PostBody.Converted c = PostBody.convert(SHORTCODE_POST);
    assertThat(c.html()).contains("<p><a href=\"" + mp3 + "\">" + mp3 + "</a></p>").doesNotContain("[audio", "<audio");
    assertThat(c.problems()).contains("[audio] of " + mp3 + " is not in the media library: shown as a link");
  }

  @Test
  void audioAndVideoOfLibraryFilesBecomePlayers() {
    PostBody.Converted c = PostBody.convert(
        "[audio mp3=\"/media/uploads/2026/05/talk.mp3\"][/audio]\n\n[video src=\"/media/uploads/2026/05/run.mp4\" width=\"640\"]");
    assertThat(c.html())
        .contains("<audio controls src=\"/media/uploads/2026/05/talk.mp3\"></audio>")
        .contains("<video controls src=\"/media/uploads/2026/05/run.mp4\"></video>")
        .doesNotContain("<p><audio");
    assertThat(c.problems()).isEmpty();
  }

  @Test
  void embedsAndBareAddressesOnTheirOwnLineBecomeLinksNeverFrames() {
    PostBody.Converted c = PostBody.convert(
        "Watch this:\n\n[embed width=\"500\"]https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1[/embed]\n\n"
            + "https://twitter.com/wordpress/status/123\n\nSee https://example.com/inline for more.");
    assertThat(c.html())
        .contains("<p><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1\">https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1</a></p>")
        .contains("<p><a href=\"https://twitter.com/wordpress/status/123\">https://twitter.com/wordpress/status/123</a></p>")
        .contains("<p>See https://example.com/inline for more.</p>")
        .doesNotContain("iframe", "[embed");
    assertThat(c.problems()).isEmpty();
  }

  @Test
  void unknownShortcodesAreKeptAndNamedOnce() {
    PostBody.Converted c = PostBody.convert("<p>[gallery] and [contact-form] and [contact-form id=\"2\"] and [gallery]</p>");
    assertThat(c.html()).contains("[gallery]", "[contact-form]");
    assertThat(c.problems()).containsExactly("shortcode [gallery] kept as text", "shortcode [contact-form] kept as text");
  }

  @Test
  void classicPostsGetParagraphs() {
    assertThat(PostBody.convert("One\n\nTwo\nlines\n\n<ul><li>x</li></ul>").html())
        .isEqualTo("<p>One</p>\n<p>Two<br>\nlines</p>\n<ul><li>x</li></ul>");
    assertThat(PostBody.convert("Single line").html()).isEqualTo("Single line");
  }

  @Test
  void blankLinesInsidePreStayInsideIt() {
    String code = "<pre><code>int a = 1;\n\n\nint b = [gallery];\nhttps://example.com\n</code></pre>";
    PostBody.Converted c = PostBody.convert("Before\n\n" + code + "\n\nAfter");
    assertThat(c.html()).isEqualTo("<p>Before</p>\n" + code + "\n<p>After</p>");
    assertThat(c.problems()).isEmpty();
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("../cms-web/src/test/resources/wordpress", name))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}

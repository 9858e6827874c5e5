package org.inkwell.cms.articles.wordpress.wxr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WxrReaderTest {

  private static final String HEAD =
      "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/%s/\""
          + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
          + "<channel><link>https://old.example/blog</link>\n";

  @Test
  void readsAuthorsTermsAndItemsInTheFilesOrder() {
    List<WxrEntry> entries = readAll(fixture("trail-notes.wxr.xml"));

    assertThat(entries).hasSize(14);
    assertThat(entries.get(0)).isEqualTo(new WxrAuthor("Ada.Runner", "ada@trail-notes.example", "Ada Runner", ""));
    assertThat(entries.get(1)).isEqualTo(new WxrTerm("category", "11", "outdoors", "Outdoors", "", "Out and about"));
    assertThat(entries.get(2)).isEqualTo(new WxrTerm("category", "12", "trail-running", "Trail Running", "outdoors", ""));
    assertThat(entries.get(4)).isEqualTo(new WxrTerm("post_tag", "21", "mud", "Mud", "", ""));
    assertThat(entries.get(5)).extracting(e -> ((WxrTerm) e).taxonomy()).isEqualTo("nav_menu");
    WxrItem post = (WxrItem) entries.get(6);
    assertThat(post.id()).isEqualTo("101");
    assertThat(post.title()).isEqualTo("Hills &amp; Valleys");
    assertThat(post.creator()).isEqualTo("Ada.Runner");
    assertThat(post.content()).startsWith("<!-- wp:paragraph -->\n<p>Up and <del>down</del>.</p>");
    assertThat(post.excerpt()).isEqualTo("Ups and downs");
    assertThat(post.postDateGmt()).isEqualTo("2019-05-04 08:00:00");
    assertThat(post.sticky()).isTrue();
    assertThat(post.terms()).containsExactly(
        new WxrItem.Term("category", "ultras", "Ultras &amp; Beyond"),
        new WxrItem.Term("category", "outdoors", "Outdoors"),
        new WxrItem.Term("post_tag", "mud", "Mud"),
        new WxrItem.Term("post_tag", "new-shoes", "New Shoes"));
    assertThat(post.oldSlugs()).containsExactly("hills");
    assertThat(post.comments()).isEqualTo(2);
    assertThat(((WxrItem) entries.get(10)).parentId()).isEqualTo("201");
    assertThat(((WxrItem) entries.get(12)).postType()).isEqualTo("attachment");
  }

  @Test
  void namesTheSiteByTheChannelsLink() {
    try (WxrReader reader = WxrReader.open(fixture("trail-notes.wxr.xml"))) {
      reader.next();
      assertThat(reader.site()).isEqualTo("https://trail-notes.example");
      assertThat(reader.version()).isEqualTo("1.2");
    }
  }

  @Test
  void readsEveryVersionsNamespace() {
    for (String version : List.of("1.0", "1.1", "1.2")) {
      String xml = HEAD.formatted(version)
          + "<item><title>T</title><dc:creator>ann</dc:creator><content:encoded>Body</content:encoded>"
          + "<wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type></item></channel></rss>";
      List<WxrEntry> entries = readAll(stream(xml));
      assertThat(entries).singleElement().satisfies(e -> {
        assertThat(((WxrItem) e).id()).isEqualTo("7");
        assertThat(((WxrItem) e).creator()).isEqualTo("ann");
        assertThat(((WxrItem) e).content()).isEqualTo("Body");
      });
    }
  }

  @Test
  void readsFeaturedImagesAndAttachmentsWithTheirAltText() {
    String xml = HEAD.formatted("1.2")
        + "<item><title>Post</title><wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type>"
        + "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value><![CDATA[9]]></wp:meta_value></wp:postmeta>"
        + "</item><item><title>hill</title><wp:post_id>9</wp:post_id><wp:post_type>attachment</wp:post_type>"
        + "<excerpt:encoded xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\">The big hill</excerpt:encoded>"
        + "<wp:attachment_url> https://old.example/wp-content/uploads/2019/05/hill.jpg </wp:attachment_url>"
        + "<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>A hill at dawn</wp:meta_value></wp:postmeta>"
        + "</item></channel></rss>";
    List<WxrEntry> entries = readAll(stream(xml));
    WxrItem post = (WxrItem) entries.get(0);
    WxrItem attachment = (WxrItem) entries.get(1);
    assertThat(post.thumbnailId()).isEqualTo("9");
    assertThat(post.isAttachment()).isFalse();
    assertThat(attachment.isAttachment()).isTrue();
    assertThat(attachment.attachmentUrl()).isEqualTo("https://old.example/wp-content/uploads/2019/05/hill.jpg");
    assertThat(attachment.imageAlt()).isEqualTo("A hill at dawn");
    assertThat(attachment.excerpt()).isEqualTo("The big hill");
    assertThat(ImportedPost.of(post).featuredImageId()).isEqualTo("9");
  }

  @Test
  void countsEntriesForProgress() {
    assertThat(WxrReader.count(fixture("trail-notes.wxr.xml"))).isEqualTo(14);
  }

  @Test
  void refusesWhatIsNotAWordPressExport() {
    assertThatThrownBy(() -> WxrReader.open(stream(""))).isInstanceOf(WxrFormatException.class);
    assertThatThrownBy(() -> WxrReader.open(stream("just text"))).hasMessageContaining("malformed XML");
    assertThatThrownBy(() -> WxrReader.open(stream("<feed><title>x</title></feed>")))
        .hasMessageContaining("root element is feed");
    assertThatThrownBy(() -> WxrReader.open(stream("<rss version=\"2.0\"><channel/></rss>")))
        .hasMessageContaining("no WordPress export namespace");
    assertThatThrownBy(() -> WxrReader.open(stream(HEAD.formatted("1.3") + "</channel></rss>")))
        .hasMessageContaining("unknown WXR version 1.3");
  }

  @Test
  void malformedXmlNamesLineAndColumnAfterTheEntriesBeforeIt() {
    String xml = HEAD.formatted("1.2")
        + "<item><title>One</title><wp:post_id>1</wp:post_id></item>\n"
        + "<item><title>Two</wrong></item></channel></rss>";
    List<WxrEntry> read = new ArrayList<>();
    try (WxrReader reader = WxrReader.open(stream(xml))) {
      assertThatThrownBy(() -> {
            for (WxrEntry e = reader.next(); e != null; e = reader.next()) {
              read.add(e);
            }
          })
          .isInstanceOfSatisfying(WxrFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.column()).isPositive();
            assertThat(e.getMessage()).startsWith("line 5, column ").contains("malformed XML");
          });
    }
    assertThat(read).extracting(WxrEntry::label).containsExactly("One");
    assertThat(WxrReader.count(stream(xml))).isEqualTo(2); // the broken item started
  }

  @Test
  void refusesExternalEntitiesWithoutReadingThem() throws IOException {
    Path secret = Files.createTempFile("wxr-secret", ".txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + HEAD.formatted("1.2").substring(HEAD.indexOf('\n') + 1)
        + "<item><title>&xxe;</title></item></channel></rss>";
    assertThatThrownBy(() -> readAll(stream(xml)))
        .isInstanceOf(WxrFormatException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("TOP-SECRET");
    assertThat(WxrReader.count(stream(xml))).isZero();
  }

  @Test
  void refusesEntityBombs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>\n");
    String xml = "<?xml version=\"1.0\"?>\n" + dtd + HEAD.formatted("1.2").substring(HEAD.indexOf('\n') + 1)
        + "<item><title>&lol9;</title></item></channel></rss>";
    assertThatThrownBy(() -> readAll(stream(xml))).isInstanceOf(WxrFormatException.class).hasMessageContaining("DOCTYPE");
  }

  @Test
  void anUndeclaredEntityIsMalformed() {
    String xml = HEAD.formatted("1.2") + "<item><title>&xxe;</title></item></channel></rss>";
    assertThatThrownBy(() -> readAll(stream(xml))).isInstanceOfSatisfying(WxrFormatException.class, e -> assertThat(e.line()).isEqualTo(4));
  }

  @Test
  void readsTheBlockTestData() throws IOException {
    // WordPress's block theme test data, which the web module's tests render too.
    List<WxrEntry> entries = readAll(fixture("theme-test-data.wxr.xml"));
    List<WxrItem> items = entries.stream().filter(WxrItem.class::isInstance).map(WxrItem.class::cast).toList();
    assertThat(items).hasSize(72);
    assertThat(items.stream().filter(i -> i.postType().equals("post"))).hasSize(61);
    assertThat(items.stream().filter(i -> i.postType().equals("page"))).hasSize(1);
    assertThat(entries.stream().filter(e -> e instanceof WxrAuthor)).hasSize(2);
    try (InputStream in = fixture("theme-test-data.wxr.xml")) {
      assertThat(WxrReader.count(in)).isEqualTo(entries.size());
    }
  }

  static List<WxrEntry> readAll(InputStream in) {
    List<WxrEntry> entries = new ArrayList<>();
    try (WxrReader reader = WxrReader.open(in)) {
      for (WxrEntry e = reader.next(); e != null; e = reader.next()) {
        entries.add(e);
      }
    }
    return entries;
  }

  /** A WXR file of the web module's test resources, which its integration tests import too. */
  static InputStream fixture(String name) {
    try {
      return Files.newInputStream(Path.of("../cms-web/src/test/resources/wordpress", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }
}

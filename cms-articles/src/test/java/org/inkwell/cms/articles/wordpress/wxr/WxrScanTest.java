package org.inkwell.cms.articles.wordpress.wxr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WxrScanTest {

  private static final String HEAD =
      "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.1/\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
          + "<channel><link>https://harbour.example/</link>\n";

  @Test
  void countsEachKindOfEntryAndTheComments() {
    WxrSummary summary = WxrScan.of(WxrReaderTest.fixture("trail-notes.wxr.xml"));

    assertThat(summary.site()).isEqualTo("https://trail-notes.example");
    assertThat(summary.version()).isEqualTo("1.2");
    assertThat(summary.posts()).isEqualTo(4);
    assertThat(summary.pages()).isEqualTo(2);
    assertThat(summary.attachments()).isEqualTo(1);
    assertThat(summary.categories()).isEqualTo(3);
    assertThat(summary.tags()).isEqualTo(1);
    assertThat(summary.menuItems()).isEqualTo(1);
    assertThat(summary.otherItems()).isZero();
    assertThat(summary.otherTerms()).as("the nav_menu term").isEqualTo(1);
    assertThat(summary.comments()).isEqualTo(2);
    assertThat(summary.stoppedAt()).isNull();
  }

  @Test
  void listsDeclaredAuthorsWithTheirEmailAndThenLoginsOnlyItemsName() {
    String xml = HEAD
        + "<item><title>Early</title><dc:creator>Sam.Deck</dc:creator><wp:post_type>post</wp:post_type></item>\n"
        + "<wp:author><wp:author_login>jo</wp:author_login><wp:author_email>jo@harbour.example</wp:author_email>"
        + "<wp:author_display_name><![CDATA[Jo &amp; Co]]></wp:author_display_name></wp:author>\n"
        + "<wp:author><wp:author_login>sam.deck</wp:author_login><wp:author_email>sam@harbour.example</wp:author_email>"
        + "<wp:author_display_name>Sam</wp:author_display_name></wp:author>\n"
        + "<item><title>Log</title><dc:creator>JO</dc:creator><wp:post_type>post</wp:post_type></item>\n"
        + "<item><title>Block</title><dc:creator>kim</dc:creator><wp:post_type>wp_block</wp:post_type></item>\n"
        + "<wp:tag><wp:term_id>5</wp:term_id><wp:tag_slug>rope</wp:tag_slug></wp:tag>\n"
        + "<wp:term><wp:term_id>5</wp:term_id><wp:term_taxonomy>post_tag</wp:term_taxonomy><wp:term_slug>rope</wp:term_slug></wp:term>\n"
        + "</channel></rss>";

    WxrSummary summary = WxrScan.of(stream(xml));

    assertThat(summary.authors()).containsExactly(
        new WxrAuthor("sam.deck", "sam@harbour.example", "Sam", ""),
        new WxrAuthor("jo", "jo@harbour.example", "Jo &amp; Co", ""),
        new WxrAuthor("kim", "", "", ""));
    assertThat(summary.authors().get(1).plainName()).isEqualTo("Jo & Co");
    assertThat(summary.posts()).isEqualTo(2);
    assertThat(summary.otherItems()).isEqualTo(1);
    assertThat(summary.tags()).as("one tag, listed twice").isEqualTo(1);
    assertThat(summary.unlistedAuthors()).isZero();
  }

  @Test
  void listsAtMostSoManyAuthorsAndCountsTheOthers() {
    StringBuilder xml = new StringBuilder(HEAD);
    for (int i = 0; i < WxrScan.MAX_AUTHORS + 3; i++) {
      xml.append("<item><dc:creator>writer").append(i).append("</dc:creator><wp:post_type>post</wp:post_type></item>\n");
    }
    WxrSummary summary = WxrScan.of(stream(xml + "</channel></rss>"));

    assertThat(summary.authors()).hasSize(WxrScan.MAX_AUTHORS);
    assertThat(summary.unlistedAuthors()).isEqualTo(3);
    assertThat(summary.posts()).isEqualTo(WxrScan.MAX_AUTHORS + 3);
  }

  @Test
  void countsWhatComesBeforeMalformedXmlAndSaysWhere() {
    String xml = HEAD
        + "<item><title>Fine</title><wp:post_type>post</wp:post_type></item>\n"
        + "<item><title>Broken</title><wp:post_type>post</wp:post_type></itm>\n"
        + "<item><title>Never read</title><wp:post_type>post</wp:post_type></item></channel></rss>";

    WxrSummary summary = WxrScan.of(stream(xml));

    assertThat(summary.posts()).isEqualTo(1);
    assertThat(summary.stoppedAt()).startsWith("line 5").contains("malformed XML");
  }

  @Test
  void refusesWhatIsNoWordPressExport() {
    assertThatThrownBy(() -> WxrScan.of(stream("plain text, not XML")))
        .isInstanceOf(WxrFormatException.class).hasMessageContaining("malformed XML");
    assertThatThrownBy(() -> WxrScan.of(stream("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>")))
        .isInstanceOf(WxrFormatException.class).hasMessageContaining("not a WordPress export");
  }

  private static InputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }
}

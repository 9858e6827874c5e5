package org.inkwell.cms.articles.wordpress.wxr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.inkwell.cms.articles.ArticleStatus;
import org.junit.jupiter.api.Test;

class ImportedPostTest {

  private final List<WxrItem> items =
      WxrReaderTest.readAll(WxrReaderTest.fixture("trail-notes.wxr.xml")).stream()
          .filter(WxrItem.class::isInstance)
          .map(WxrItem.class::cast)
          .toList();

  private WxrItem item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aPublishedPostKeepsItsFieldsWithItsTitleDecoded() {
    ImportedPost post = ImportedPost.of(item("101"));

    assertThat(post.page()).isFalse();
    assertThat(post.title()).isEqualTo("Hills & Valleys");
    assertThat(post.slug()).isEqualTo("hills-and-valleys");
    assertThat(post.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(post.date()).isEqualTo(Instant.parse("2019-05-04T08:00:00Z"));
    assertThat(post.modified()).isEqualTo(Instant.parse("2019-06-01T10:00:00Z"));
    assertThat(post.authorLogin()).isEqualTo("Ada.Runner");
    assertThat(post.categories()).extracting(WxrItem.Term::slug).containsExactly("ultras", "outdoors");
    assertThat(post.categories()).extracting(WxrItem.Term::name).containsExactly("Ultras & Beyond", "Outdoors");
    assertThat(post.tags()).extracting(WxrItem.Term::name).containsExactly("Mud", "New Shoes");
    assertThat(post.oldSlugs()).containsExactly("hills");
    assertThat(post.excerpt()).isEqualTo("Ups and downs");
    assertThat(post.body()).doesNotContain("wp:paragraph").contains("<del>down</del>");
    assertThat(post.sticky()).isTrue();
    assertThat(post.problems()).containsExactly("shortcode [gallery] kept as text");
  }

  @Test
  void anUntitledScheduledPostWithoutGmtDateFallsBackToItsLocalDate() {
    ImportedPost post = ImportedPost.of(item("102"));

    assertThat(post.title()).isEqualTo(ImportedPost.UNTITLED);
    assertThat(post.slug()).isEqualTo("post-102");
    assertThat(post.status()).isEqualTo(ArticleStatus.SCHEDULED);
    assertThat(post.date()).isEqualTo(Instant.parse("2030-01-02T09:30:00Z"));
    assertThat(post.body()).isEqualTo("<p>First line<br>\nsecond line</p>\n<p>Second paragraph [unknown_thing foo=\"bar\"]</p>");
    assertThat(post.problems()).contains("untitled in WordPress: titled (untitled)", "shortcode [unknown_thing] kept as text");
  }

  @Test
  void privateAndPasswordProtectedPostsBecomeDraftsAndAreReported() {
    assertThat(ImportedPost.of(item("103")).status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(ImportedPost.of(item("103")).problems()).containsExactly("password-protected in WordPress: imported as a draft");
    assertThat(ImportedPost.of(item("104")).status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(ImportedPost.of(item("104")).problems()).containsExactly("private in WordPress: imported as a draft");
  }

  @Test
  void draftsAndPendingStayAsTheyAre() {
    assertThat(ImportedPost.of(withStatus(item("104"), "draft")).status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(ImportedPost.of(withStatus(item("104"), "pending")).status()).isEqualTo(ArticleStatus.PENDING);
  }

  @Test
  void pagesKeepTheirParentAndOrder() {
    ImportedPost child = ImportedPost.of(item("202"));

    assertThat(child.page()).isTrue();
    assertThat(child.parentId()).isEqualTo("201");
    assertThat(child.menuOrder()).isEqualTo(2);
    assertThat(ImportedPost.of(item("201")).parentId()).isNull();
  }

  @Test
  void attachmentsAndOtherTypesAreNotImportedAsPosts() {
    assertThat(ImportedPost.whyNotImported(item("9"))).contains("an attachment, imported as media");
    assertThat(ImportedPost.whyNotImported(item("50"))).contains("items of type nav_menu_item are not imported");
    assertThat(ImportedPost.whyNotImported(item("101"))).isEmpty();
    assertThat(ImportedPost.whyNotImported(withStatus(item("101"), "trash"))).isPresent();
  }

  @Test
  void slugsAreMadeValid() {
    assertThat(ImportedPost.slug("%e6%97%a5%e6%9c%ac", "Caf\u00e9 Cr\u00e8me")).isEqualTo("cafe-creme");
    assertThat(ImportedPost.slug("Caf%C3%A9", "")).isEqualTo("cafe");
    assertThat(ImportedPost.slug("", "Ultras & Beyond")).isEqualTo("ultras-and-beyond");
    String tips = ImportedPost.termSlug("%d1%81%d0%be%d0%b2%d0%b5%d1%82%d1%8b", "\u0421\u043e\u0432\u0435\u0442\u044b");
    String news = ImportedPost.termSlug("%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8", "\u041d\u043e\u0432\u043e\u0441\u0442\u0438");
    assertThat(tips).as("terms whose letters a slug cannot keep stay apart").startsWith("term-").isNotEqualTo(news);
    assertThat(ImportedPost.termSlug("%D1%81%D0%BE%D0%B2%D0%B5%D1%82%D1%8B", "")).as("as a post or a child names it").isEqualTo(tips);
    assertThat(ImportedPost.termSlug("untitled", "Untitled")).isEqualTo("untitled");
  }

  private static WxrItem withStatus(WxrItem i, String status) {
    return new WxrItem(i.id(), i.title(), i.link(), i.creator(), i.content(), i.excerpt(), i.postDate(), i.postDateGmt(),
        i.modified(), i.modifiedGmt(), i.postName(), status, i.parentId(), i.menuOrder(), i.postType(), i.password(),
        i.sticky(), i.terms(), i.oldSlugs(), i.comments(), i.thumbnailId(), i.attachmentUrl(), i.imageAlt());
  }
}

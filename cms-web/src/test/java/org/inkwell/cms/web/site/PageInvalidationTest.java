package org.inkwell.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.event.ArticlePublished;
import org.inkwell.cms.core.event.ArticleUpdated;
import org.inkwell.cms.core.event.MenuChanged;
import org.inkwell.cms.core.event.PageBlockChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which kept pages a content event discards, with the dependencies the pages really record. */
class PageInvalidationTest {

  private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
  private final PageCache cache = new PageCache();
  private final PageInvalidation invalidation = new PageInvalidation();
  /** Whether the next change also changes what the menus show. */
  private boolean menusChange;

  @BeforeEach
  void keepASite() {
    cache.maxBytes = 1 << 20;
    cache.init();
    invalidation.pages = cache;
    invalidation.navigation = new Navigation() {
      @Override
      public boolean changed() {
        return menusChange;
      }
    };
    keep("/", PageDependencies.LATEST, PageDependencies.article(1), PageDependencies.article(2));
    keep("/seed/", PageDependencies.article(1), PageDependencies.blocksOf(1), PageDependencies.BLOCKS, PageDependencies.article(2));
    keep("/other/", PageDependencies.article(2), PageDependencies.blocksOf(2), PageDependencies.BLOCKS);
    keep("/category/fitness/", PageDependencies.category("fitness"), PageDependencies.category("fitness-tips"), PageDependencies.article(1));
    keep("/category/nutrition/", PageDependencies.category("nutrition"), PageDependencies.article(2));
    keep("/tag/back-pain/", PageDependencies.tag("back-pain"), PageDependencies.article(1));
    keep("/tag/protein/", PageDependencies.tag("protein"), PageDependencies.article(2));
    keep("/sitemap.xml", PageDependencies.ANY_ARTICLE);
  }

  private void keep(String path, String... dependsOn) {
    cache.get(path, () -> CachedPage.of(PageResult.html(200, path, Set.of(dependsOn)), AT));
  }

  private boolean kept(String path) {
    boolean[] rendered = {false};
    cache.get(path, () -> {
      rendered[0] = true;
      return CachedPage.of(PageResult.html(200, path, Set.of()), AT);
    });
    return !rendered[0];
  }

  private static ArticleRef article(long id, String category, String tag, Instant published) {
    return new ArticleRef(id, "a" + id, "A" + id, category, List.of(category), List.of(tag), published);
  }

  @Test
  void aNewArticleReachesTheHomePageItsCategoryArchivesParentIncludedItsTagAndTheSitemap() {
    invalidation.onPublished(new ArticlePublished(article(3, "fitness-tips", "back-pain", AT), AT));

    assertThat(kept("/")).isFalse();
    assertThat(kept("/category/fitness/")).isFalse();
    assertThat(kept("/tag/back-pain/")).isFalse();
    assertThat(kept("/sitemap.xml")).isFalse();
    assertThat(kept("/category/nutrition/")).isTrue();
    assertThat(kept("/tag/protein/")).isTrue();
    assertThat(kept("/seed/")).isTrue();
  }

  @Test
  void anEditInPlaceReachesEveryPageShowingTheArticleAndNoOther() {
    ArticleRef before = article(2, "nutrition", "protein", AT);
    ArticleRef after = new ArticleRef(2, "a2", "A2 renamed", "nutrition", List.of("nutrition"), List.of("protein"), AT);
    invalidation.onUpdated(new ArticleUpdated(after, before, AT));

    assertThat(kept("/other/")).isFalse();
    assertThat(kept("/seed/")).as("shows its card").isFalse();
    assertThat(kept("/")).isFalse();
    assertThat(kept("/category/nutrition/")).isFalse();
    assertThat(kept("/category/fitness/")).isTrue();
    assertThat(kept("/tag/back-pain/")).isTrue();
  }

  @Test
  void movingAnArticleReachesTheArchivesItLeftAndJoined() {
    ArticleRef before = article(1, "fitness-tips", "back-pain", AT);
    ArticleRef after = article(1, "nutrition", "protein", AT);
    invalidation.onUpdated(new ArticleUpdated(after, before, AT));

    assertThat(kept("/category/fitness/")).isFalse();
    assertThat(kept("/category/nutrition/")).isFalse();
    assertThat(kept("/tag/back-pain/")).isFalse();
    assertThat(kept("/tag/protein/")).isFalse();
  }

  @Test
  void aChangedBlockReachesOnlyThePagesOfItsArticles() {
    invalidation.onBlockChanged(PageBlockChanged.on("related-posts", Set.of(1L)));
    assertThat(kept("/seed/")).isFalse();
    assertThat(kept("/other/")).isTrue();
    assertThat(kept("/")).isTrue();

    invalidation.onBlockChanged(PageBlockChanged.everywhere("related-posts"));
    assertThat(kept("/other/")).isFalse();
    assertThat(kept("/category/fitness/")).isTrue();
  }

  @Test
  void aChangeThatChangesTheMenusReachesEveryPage() {
    menusChange = true;
    invalidation.onPublished(new ArticlePublished(article(3, "nutrition", "protein", AT), AT));

    assertThat(kept("/seed/")).isFalse();
    assertThat(kept("/tag/back-pain/")).isFalse();
    assertThat(kept("/category/fitness/")).isFalse();
  }

  @Test
  void aNewMenuReachesEveryPage() {
    invalidation.onMenuChanged(new MenuChanged("header"));

    assertThat(kept("/")).isFalse();
    assertThat(kept("/other/")).isFalse();
    assertThat(kept("/sitemap.xml")).isFalse();
  }
}

package org.inkwell.cms.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoutesTest {

  private static Route parse(String path) {
    return Routes.parse(path, null, null);
  }

  @Test
  void anArticleLivesAtItsSlugWithATrailingSlash() {
    assertThat(parse("/how-to-pop-lower-back/")).isEqualTo(new Route.Article("how-to-pop-lower-back"));
    assertThat(parse("/how-to-pop-lower-back")).isEqualTo(new Route.Canonical("/how-to-pop-lower-back/"));
  }

  @Test
  void aPageBelowAnotherLivesAtItsPathOfSlugs() {
    assertThat(parse("/about/our-authors/")).isEqualTo(new Route.Page("about/our-authors"));
    assertThat(parse("/a/b/c/d/")).isEqualTo(new Route.Page("a/b/c/d"));
    assertThat(parse("/about/our-authors")).isEqualTo(new Route.Canonical("/about/our-authors/"));
    assertThat(parse("/about/Our Authors/")).isEqualTo(new Route.NotFound());
    assertThat(parse("/about//")).isEqualTo(new Route.NotFound());
    assertThat(parse("/sitemap-pages.xml")).isEqualTo(new Route.SitemapPages());
  }

  @Test
  void theHomePageAndArchivesArePaginatedWithPageOneAtTheirPlainAddress() {
    assertThat(parse("/")).isEqualTo(new Route.Home(1));
    assertThat(parse("/page/3/")).isEqualTo(new Route.Home(3));
    assertThat(parse("/page/1/")).isEqualTo(new Route.Canonical("/"));
    assertThat(parse("/category/fitness-tips/")).isEqualTo(new Route.Category("fitness-tips", 1));
    assertThat(parse("/category/fitness-tips/page/2/")).isEqualTo(new Route.Category("fitness-tips", 2));
    assertThat(parse("/category/fitness-tips/page/1/")).isEqualTo(new Route.Canonical("/category/fitness-tips/"));
    assertThat(parse("/tag/back-pain/")).isEqualTo(new Route.Tag("back-pain", 1));
    assertThat(parse("/author/ariana/page/2/")).isEqualTo(new Route.Author("ariana", 2));
    assertThat(parse("/category/fitness-tips")).isEqualTo(new Route.Canonical("/category/fitness-tips/"));
    assertThat(parse("/page/1")).as("one redirect, not two").isEqualTo(new Route.Canonical("/"));
    assertThat(parse("/category/Not A Slug/page/1/")).as("never redirects to what it did not check").isEqualTo(new Route.NotFound());
    assertThat(parse("/category/bad\r\nSet-Cookie: x/page/1")).isEqualTo(new Route.NotFound());
  }

  @Test
  void feedsSitemapsAndRobotsHaveTheirWordPressAddresses() {
    assertThat(parse("/feed/")).isEqualTo(new Route.Feed(Route.Feed.Format.RSS, null));
    assertThat(parse("/feed/atom/")).isEqualTo(new Route.Feed(Route.Feed.Format.ATOM, null));
    assertThat(parse("/category/yoga/feed/")).isEqualTo(new Route.Feed(Route.Feed.Format.RSS, "yoga"));
    assertThat(parse("/feed")).isEqualTo(new Route.Canonical("/feed/"));
    assertThat(parse("/sitemap.xml")).isEqualTo(new Route.SitemapIndex());
    assertThat(parse("/sitemap-articles-2.xml")).isEqualTo(new Route.SitemapArticles(2));
    assertThat(parse("/sitemap-archives.xml")).isEqualTo(new Route.SitemapArchives());
    assertThat(parse("/robots.txt")).isEqualTo(new Route.Robots());
  }

  @Test
  void searchTakesItsWordsAndPageFromTheQueryString() {
    assertThat(Routes.parse("/search", "  lower   back ", "2")).isEqualTo(new Route.Search("lower back", 2));
    assertThat(Routes.parse("/search", null, "abc")).isEqualTo(new Route.Search("", 1));
    assertThat(Routes.parse("/search", "x", "-4")).isEqualTo(new Route.Search("x", 1));
    assertThat(((Route.Search) Routes.parse("/search", "a".repeat(5000), null)).query()).hasSize(200);
  }

  @Test
  void anythingElseIsNotFound() {
    assertThat(parse("/Not-A-Slug/")).isEqualTo(new Route.NotFound());
    assertThat(parse("/a/b/")).isEqualTo(new Route.Page("a/b"));
    assertThat(parse("/page/0/")).isEqualTo(new Route.NotFound());
    assertThat(parse("/page/99999999/")).isEqualTo(new Route.NotFound());
    assertThat(parse("/category/Bad Slug/")).isEqualTo(new Route.NotFound());
    assertThat(parse("/wp-login.php")).isEqualTo(new Route.NotFound());
    assertThat(parse("/sitemap-articles-0.xml")).isEqualTo(new Route.NotFound());
    assertThat(parse("/tag/x/feed/atom/extra/")).isEqualTo(new Route.NotFound());
  }

  @Test
  void onlyPagesThatAreTheSameForEveryReaderAreKept() {
    assertThat(new Route.Article("x").isKept()).isTrue();
    assertThat(new Route.Home(2).isKept()).isTrue();
    assertThat(new Route.Search("x", 1).isKept()).isFalse();
    assertThat(new Route.NotFound().isKept()).isFalse();
  }
}

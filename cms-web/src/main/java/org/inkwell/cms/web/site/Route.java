package org.inkwell.cms.web.site;

/** What a public address asks for, once parsed; the cache key of a page is its route. */
sealed interface Route {

  /** The home page and its older pages. */
  record Home(int page) implements Route {}

  /** {@code /{slug}/}: an article, or a top-level page. */
  record Article(String slug) implements Route {}

  /** {@code /{parent}/{child}/}: a page below another, by the slugs of its path ({@code about/team}). */
  record Page(String path) implements Route {}

  record Category(String slug, int page) implements Route {}

  record Tag(String slug, int page) implements Route {}

  record Author(String login, int page) implements Route {}

  record Search(String query, int page) implements Route {}

  /** The site's feed, or a category's when {@code category} is not {@code null}. */
  record Feed(Format format, String category) implements Route {
    enum Format {
      RSS,
      ATOM
    }
  }

  /** The sitemap index. */
  record SitemapIndex() implements Route {}

  /** One page of article URLs in the sitemap, 1-based. */
  record SitemapArticles(int part) implements Route {}

  /** Every page readers can reach, in the sitemap. */
  record SitemapPages() implements Route {}

  /** Home, archives and authors in the sitemap. */
  record SitemapArchives() implements Route {}

  record Robots() implements Route {}

  /** The same page under its one canonical address (trailing slash, no {@code /page/1/}). */
  record Canonical(String path) implements Route {}

  record NotFound() implements Route {}

  /** Whether its page can be kept and served again until a content event discards it. */
  default boolean isKept() {
    return !(this instanceof Search || this instanceof NotFound);
  }
}

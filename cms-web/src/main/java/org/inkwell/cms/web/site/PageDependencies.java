package org.inkwell.cms.web.site;

/** The names of what a kept page shows, used to discard it when that changes. */
final class PageDependencies {

  /** Which articles are public, and in which order: home pages, feeds, author pages. */
  static final String LATEST = "latest";

  /** Any change to any article: the sitemaps, whose dates follow every edit. */
  static final String ANY_ARTICLE = "any-article";

  /** Which pages are public, where, and what they say: pages, their sitemap, unknown addresses. */
  static final String PAGES = "pages";

  /** What any page block shows: article pages. */
  static final String BLOCKS = "blocks";

  private PageDependencies() {}

  /** The article's own fields: its page, and every list or card that shows it. */
  static String article(long id) {
    return "article:" + id;
  }

  /** The blocks under an article's page. */
  static String blocksOf(long id) {
    return "blocks:" + id;
  }

  /** Which articles are in a category (an archive also lists its subcategories' articles). */
  static String category(String slug) {
    return "category:" + slug;
  }

  static String tag(String slug) {
    return "tag:" + slug;
  }
}

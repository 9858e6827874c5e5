package org.inkwell.cms.articles;

/**
 * Filters of an article listing; {@code null} members do not filter.
 *
 * @param statuses {@code null} means published only
 * @param categories articles in any of these categories (primary or extra)
 * @param text words to look for in title and body
 */
public record ArticleQuery(
    java.util.Set<ArticleStatus> statuses,
    java.util.Set<String> categories,
    String tag,
    String author,
    String slug,
    String text) {

  public static ArticleQuery published() {
    return new ArticleQuery(null, null, null, null, null, null);
  }

  public ArticleQuery inCategories(java.util.Set<String> slugs) {
    return new ArticleQuery(statuses, slugs, tag, author, slug, text);
  }

  public ArticleQuery withTag(String slug) {
    return new ArticleQuery(statuses, categories, slug, author, this.slug, text);
  }

  public ArticleQuery byAuthor(String login) {
    return new ArticleQuery(statuses, categories, tag, login, slug, text);
  }
}

package org.inkwell.cms.articles;

/**
 * Filters of an article listing; {@code null} members do not filter.
 *
 * @param statuses {@code null} means published only
 * @param text words to look for in title and body
 */
public record ArticleQuery(
    java.util.Set<ArticleStatus> statuses,
    String category,
    String tag,
    String author,
    String slug,
    String text) {

  public static ArticleQuery published() {
    return new ArticleQuery(null, null, null, null, null, null);
  }
}

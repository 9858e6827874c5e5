package org.inkwell.cms.articles.wordpress;

/**
 * Something that did not come over as it was in WordPress.
 *
 * @param item the item's title, name or login, else its kind and WordPress id
 * @param content the article or page the item became, when the problem is about one that came in;
 *     else {@code null}
 */
public record ImportProblem(String item, String message, ImportedContent content) {

  public ImportProblem(String item, String message) {
    this(item, message, null);
  }

  /** An article or page an import wrote. */
  public record ImportedContent(long id, boolean page) {}
}

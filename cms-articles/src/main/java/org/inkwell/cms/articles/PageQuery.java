package org.inkwell.cms.articles;

import java.util.Set;

/**
 * Filters of a page listing; {@code null} members do not filter.
 *
 * @param statuses {@code null} means published only
 * @param parent children of this page; {@code 0}: top-level pages
 */
public record PageQuery(Set<ArticleStatus> statuses, Long parent, String slug) {

  public static PageQuery published() {
    return new PageQuery(null, null, null);
  }
}

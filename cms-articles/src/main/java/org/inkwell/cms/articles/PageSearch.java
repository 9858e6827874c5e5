package org.inkwell.cms.articles;

import java.util.List;

/**
 * Full-text search over the pages readers can reach, for a group of its own beside the articles
 * of the public search: the same query language and ranking as {@link ArticleSearch}.
 */
public interface PageSearch {

  /**
   * The best {@code limit} pages matching {@code query} that readers can reach (published, below
   * published pages only), best first. Never throws for any user text: blank or unparsable
   * queries find nothing.
   */
  List<PageHit> searchPages(String query, int limit);
}

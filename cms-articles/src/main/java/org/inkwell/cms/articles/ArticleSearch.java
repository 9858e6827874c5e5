package org.inkwell.cms.articles;

import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;

/**
 * Ranked full-text search over published articles, as the public site's {@code /search?q=} uses
 * it: English stemming ("stretching" finds "stretches"), every word required, {@code "quoted
 * phrases"}, {@code -word} to exclude and {@code word*} for prefixes; title matches rank above
 * matches in the body, excerpt, categories and tags. Pages are never among the hits: {@link
 * PageSearch} finds them apart.
 */
public interface ArticleSearch {

  /**
   * One page of the published articles matching {@code query}, best first.
   *
   * <p>Never throws for any user text: blank or unparsable queries give an empty page. Queries
   * are cut at 200 characters and 32 words.
   *
   * @param page {@code null} means the first page of {@link PageRequest#DEFAULT_PER_PAGE}
   * @return the hits of the page and the number of matching articles; an empty page when none
   */
  ResultPage<SearchHit> search(String query, PageRequest page);
}

package org.inkwell.cms.core.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The read port plugins use to see published content, without knowing how it is stored.
 *
 * <p>Only articles that are public right now are visible through it: published, not scheduled,
 * not in the trash. Every method runs in its own transaction and may be called from any thread,
 * including managed executor threads.
 *
 * <p>How to implement: one {@code @ApplicationScoped} bean in the module that stores articles;
 * answer from committed data only; return immutable values; never return {@code null}.
 *
 * @since 0.2
 */
public interface ArticleCatalog {

  /**
   * Published articles with an id above {@code afterId}, in ascending id order, at most {@code
   * limit} of them: a cursor for walking the whole catalog in batches.
   */
  List<CatalogArticle> published(long afterId, int limit);

  /** Those of the given articles that are published now, in ascending id order. */
  List<CatalogArticle> published(Collection<Long> ids);

  /** The plain text of the bodies of those of the given articles that are published, by id. */
  Map<Long, String> bodyTexts(Collection<Long> ids);

  /** Cards of those of the given articles that are published, in the order of {@code ids}. */
  List<ArticleCard> cards(List<Long> ids);

  /** Every category, parents before their children. */
  List<CategoryNode> categories();

  /**
   * Cards of the published articles matching {@code words}, best first, at most {@code limit}:
   * for editors picking an article by its title as they type, so the last word may be
   * unfinished. Never throws for any text; blank text finds nothing.
   *
   * <p>The default finds nothing, for stores without a text search.
   *
   * @since 0.4
   */
  default List<ArticleCard> search(String words, int limit) {
    return List.of();
  }
}

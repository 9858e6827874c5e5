package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inkwell.cms.articles.ArticleDetails;

/**
 * Published articles for the search index, read from the article tables.
 *
 * <p>Index updates run in transactions of their own ({@code REQUIRES_NEW}): they are called by
 * observers of content events, which fire after the change's transaction has completed, and must
 * neither join nor depend on whatever transaction the calling thread may still carry.
 */
@ApplicationScoped
public class JpaSearchSource implements SearchSource {

  private static final String PUBLISHED = "a.status = org.inkwell.cms.articles.ArticleStatus.PUBLISHED";

  @Inject EntityManager em;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<Long, Instant> publishedVersions() {
    Map<Long, Instant> versions = new HashMap<>();
    em.createQuery("select a.id, a.updatedAt from Article a where " + PUBLISHED, Object[].class)
        .getResultList()
        .forEach(row -> versions.put((Long) row[0], (Instant) row[1]));
    return versions;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<SearchDocument> published(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    // Extra categories and tags come in batches (hibernate.default_batch_fetch_size), not per article.
    return em.createQuery(
            "select a from Article a join fetch a.primaryCategory where a.id in :ids and " + PUBLISHED,
            Article.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .map(SearchDocument::of)
        .toList();
  }

  /** Read models of the published ones among these articles, in the given order. */
  @Transactional
  public List<ArticleDetails> publishedDetails(List<Long> ids) {
    return new ArticleRepository(em).findPublishedInOrder(ids).stream().map(ArticleViews::details).toList();
  }
}

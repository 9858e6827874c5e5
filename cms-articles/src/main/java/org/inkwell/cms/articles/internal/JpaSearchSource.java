package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.PageDetails;

/**
 * Published articles and pages for the search index, read from the content table.
 *
 * <p>Index updates run in transactions of their own ({@code REQUIRES_NEW}): they are called by
 * observers of content events, which fire after the change's transaction has completed, and must
 * neither join nor depend on whatever transaction the calling thread may still carry.
 */
@ApplicationScoped
public class JpaSearchSource implements SearchSource {

  private static final String PUBLISHED = "status = org.inkwell.cms.articles.ArticleStatus.PUBLISHED";

  @Inject EntityManager em;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<Long, Instant> publishedVersions() {
    Map<Long, Instant> versions = new HashMap<>();
    em.createQuery("select c.id, c.updatedAt from Content c where c." + PUBLISHED, Object[].class)
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
    List<SearchDocument> documents = new ArrayList<>();
    em.createQuery(
            "select a from Article a join fetch a.primaryCategory where a.id in :ids and a." + PUBLISHED,
            Article.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(a -> documents.add(SearchDocument.of(a)));
    new PageRepository(em).findPublished(ids).forEach(p -> documents.add(SearchDocument.of(p)));
    return documents;
  }

  /** Read models of the pages among these that readers can reach (published, below published ones), by id. */
  @Transactional
  public Map<Long, PageDetails> reachablePages(Collection<Long> ids) {
    Map<Long, PageDetails> reachable = new HashMap<>();
    new PageRepository(em).findPublished(ids).stream()
        .filter(PageViews::isReachable)
        .forEach(p -> reachable.put(p.getId(), PageViews.details(p)));
    return reachable;
  }

  /** Read models of the published ones among these articles, in the given order. */
  @Transactional
  public List<ArticleDetails> publishedDetails(List<Long> ids) {
    return new ArticleRepository(em).findPublishedInOrder(ids).stream().map(ArticleViews::details).toList();
  }
}

package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.inkwell.cms.articles.ArticleStatus;

/** Finds pages; what they share with articles (slugs, revisions) is in {@link ArticleRepository}. */
@Dependent
public class PageRepository {

  private final EntityManager em;

  @Inject
  public PageRepository(EntityManager em) {
    this.em = em;
  }

  /** The page with this id; an article's id finds nothing. */
  public Optional<Page> find(long id) {
    return em.createQuery("select p from Page p where p.id = :id", Page.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  public Optional<Page> findBySlug(String slug) {
    return em.createNamedQuery(Page.FIND_BY_SLUG, Page.class)
        .setParameter("slug", slug)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The page that had this slug before; an article's old slug finds nothing. */
  public Optional<Page> findByOldSlug(String slug) {
    return em.createQuery("select p from Page p, OldSlug o where o.article = p and o.slug = :slug", Page.class)
        .setParameter("slug", slug)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * Pages in these statuses, siblings' order (menu order, title, id) but not yet in tree order.
   *
   * @param ownerId when not {@code null}, pages that are not published must belong to this user
   */
  public List<Page> findAll(Set<ArticleStatus> statuses, Long ownerId) {
    // One status (the public site's published pages, read after every publish) is compared with
    // "=": Hibernate translates a query with a list parameter to SQL again on every execution.
    boolean one = statuses.size() == 1;
    TypedQuery<Page> query =
        em.createQuery(
            "select p from Page p join fetch p.author where p.status " + (one ? "= :statuses" : "in :statuses")
                + (ownerId == null ? "" : " and (p.status = :published or p.author.id = :ownerId)")
                + " order by p.menuOrder, lower(p.title), p.id",
            Page.class);
    query.setParameter("statuses", one ? statuses.iterator().next() : statuses);
    if (ownerId != null) {
      query.setParameter("published", ArticleStatus.PUBLISHED).setParameter("ownerId", ownerId);
    }
    return query.getResultList();
  }

  /** The published pages among these ids (articles' ids find nothing), in no particular order. */
  public List<Page> findPublished(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from Page p where p.id in :ids and p.status = :published", Page.class)
        .setParameter("ids", ids)
        .setParameter("published", ArticleStatus.PUBLISHED)
        .getResultList();
  }

  /** The parent's id of a page, {@code null} for a top-level one or an unknown id. */
  public Long parentIdOf(long pageId) {
    List<Long> parent =
        em.createQuery("select q.id from Page p left join p.parent q where p.id = :id", Long.class)
            .setParameter("id", pageId)
            .getResultList();
    // A top-level page's row holds null, which no Optional can carry.
    return parent.isEmpty() ? null : parent.get(0);
  }
}

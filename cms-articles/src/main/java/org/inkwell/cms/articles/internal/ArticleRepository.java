package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.inkwell.cms.articles.ArticleQuery;
import org.inkwell.cms.articles.ArticleSort;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.core.PageRequest;

/**
 * Stores and finds articles, their revisions and their old slugs, and what articles and pages share:
 * slugs, revisions and old slugs.
 */
@Dependent
public class ArticleRepository {

  /** Statuses ranked by their place in {@link ArticleStatus}, which is the workflow order. */
  private static final String STATUS_RANK =
      Arrays.stream(ArticleStatus.values())
          .map(s -> " when " + ArticleStatus.class.getName() + "." + s.name() + " then " + s.ordinal())
          .collect(Collectors.joining("", "case a.status", " end"));

  private final EntityManager em;

  @Inject
  public ArticleRepository(EntityManager em) {
    this.em = em;
  }

  /** The article with this id; a page's id finds nothing. */
  public Optional<Article> find(long id) {
    return em.createQuery("select a from Article a where a.id = :id", Article.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  public Optional<Article> findBySlug(String slug) {
    return em.createNamedQuery(Article.FIND_BY_SLUG, Article.class)
        .setParameter("slug", slug)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The article or page that uses this slug now. */
  public Optional<Content> findContentBySlug(String slug) {
    return em.createNamedQuery(Content.FIND_BY_SLUG, Content.class)
        .setParameter("slug", slug)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Whether an article or page uses this slug now or used it before. */
  public boolean isSlugTaken(String slug) {
    return !em.createNamedQuery(Content.FIND_ID_BY_SLUG, Long.class).setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty()
        || em.find(OldSlug.class, slug) != null;
  }

  public Optional<OldSlug> findOldSlug(String slug) {
    return Optional.ofNullable(em.find(OldSlug.class, slug));
  }

  /** The article that had this slug before; a page's old slug finds nothing. */
  public Optional<Article> findByOldSlug(String slug) {
    return em.createQuery(
            "select a from Article a, OldSlug o where o.article = a and o.slug = :slug", Article.class)
        .setParameter("slug", slug)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Whether there is no content at all, article or page. */
  public boolean isEmpty() {
    return em.createNamedQuery(Content.COUNT_ALL, Long.class).getSingleResult() == 0;
  }

  public List<Article> findDue(Instant now) {
    return em.createNamedQuery(Article.FIND_DUE, Article.class).setParameter("now", now).getResultList();
  }

  public List<ArticleRevision> revisions(long articleId) {
    return em.createNamedQuery(ArticleRevision.FIND_BY_ARTICLE, ArticleRevision.class)
        .setParameter("articleId", articleId)
        .getResultList();
  }

  public Optional<ArticleRevision> findRevision(long articleId, int number) {
    return em.createNamedQuery(ArticleRevision.FIND_BY_NUMBER, ArticleRevision.class)
        .setParameter("articleId", articleId)
        .setParameter("number", number)
        .getResultList()
        .stream()
        .findFirst();
  }

  public int nextRevisionNumber(long articleId) {
    Integer max =
        em.createQuery(
                "select max(r.number) from ArticleRevision r where r.article.id = :id", Integer.class)
            .setParameter("id", articleId)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  public void save(Content content) {
    if (content.getId() == null) {
      em.persist(content);
    }
  }

  public void save(ArticleRevision revision) {
    em.persist(revision);
  }

  public void save(OldSlug oldSlug) {
    em.persist(oldSlug);
  }

  public void delete(OldSlug oldSlug) {
    em.remove(oldSlug);
  }

  /** Writes pending changes now, so that constraint and version conflicts surface here. */
  public void flush() {
    PendingChanges.write(em);
  }

  /** Every article, in any status, that has one of these tags. */
  public List<Article> findTaggedWithAny(Collection<Tag> tags) {
    return em.createNamedQuery(Article.FIND_TAGGED_WITH_ANY, Article.class)
        .setParameter("tags", tags)
        .getResultList();
  }

  /** Every article, in any status, whose primary or extra category this is. */
  public List<Article> findInCategory(Category category) {
    return em.createNamedQuery(Article.FIND_IN_CATEGORY, Article.class)
        .setParameter("category", category)
        .getResultList();
  }

  /**
   * How many articles there are in each status; statuses without articles are left out.
   *
   * @param ownerId when not {@code null}, articles that are not published count only if they
   *     belong to this user
   */
  public Map<ArticleStatus, Long> countByStatus(Long ownerId) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select a.status, count(a) from Article a"
                + (ownerId == null ? "" : " where a.status = :published or a.author.id = :ownerId")
                + " group by a.status",
            Object[].class);
    if (ownerId != null) {
      query.setParameter("published", ArticleStatus.PUBLISHED).setParameter("ownerId", ownerId);
    }
    Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
    query.getResultList().forEach(row -> counts.put((ArticleStatus) row[0], (Long) row[1]));
    return counts;
  }

  /**
   * One page of articles matching the filters, in the given order.
   *
   * @param ownerId when not {@code null}, articles that are not published must belong to this user
   */
  public Page list(ArticleQuery query, Long ownerId, ArticleSort sort, PageRequest page) {
    StringBuilder where = new StringBuilder(" where a.status in :statuses");
    Map<String, Object> params = new HashMap<>();
    params.put("statuses", query.statuses());
    if (ownerId != null) {
      where.append(" and (a.status = :published or a.author.id = :ownerId)");
      params.put("published", ArticleStatus.PUBLISHED);
      params.put("ownerId", ownerId);
    }
    if (query.categories() != null) {
      where.append(
          " and (a.primaryCategory.slug in :categories or exists (select 1 from Article x join"
              + " x.extraCategories c where x = a and c.slug in :categories))");
      params.put("categories", query.categories());
    }
    if (query.tag() != null) {
      where.append(" and exists (select 1 from Article x join x.tags t where x = a and t.slug = :tag)");
      params.put("tag", query.tag());
    }
    if (query.author() != null) {
      where.append(" and a.author.login = :author");
      params.put("author", query.author());
    }
    if (query.slug() != null) {
      where.append(" and a.slug = :slug");
      params.put("slug", query.slug());
    }
    if (query.text() != null) {
      // Interim substring match; ranked full-text search arrives with the search index.
      List<String> words = List.of(query.text().toLowerCase(Locale.ROOT).trim().split("\\s+"));
      for (int i = 0; i < words.size(); i++) {
        where.append(" and (lower(a.title) like :w").append(i).append(" or lower(a.body) like :w").append(i).append(")");
        params.put("w" + i, "%" + escapeLike(words.get(i)) + "%");
      }
    }
    TypedQuery<Long> count = em.createQuery("select count(a) from Article a" + where, Long.class);
    TypedQuery<Long> ids =
        em.createQuery("select a.id from Article a" + where + orderBy(sort), Long.class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          ids.setParameter(k, v);
        });
    long total = count.getSingleResult();
    List<Long> pageIds = ids.setFirstResult(page.offset()).setMaxResults(page.perPage()).getResultList();
    return new Page(fetchInOrder(pageIds), total);
  }

  /** The published sticky articles, newest first, at most {@code limit}. */
  public List<Article> findStickyPublished(int limit) {
    List<Long> ids =
        em.createNamedQuery(Article.FIND_STICKY_PUBLISHED, Long.class).setMaxResults(limit).getResultList();
    return fetchInOrder(ids);
  }

  /** The published ones among these articles, in the order of {@code ids}, in one query. */
  public List<Article> findPublishedInOrder(List<Long> ids) {
    return fetchInOrder(ids, " and a.status = org.inkwell.cms.articles.ArticleStatus.PUBLISHED").stream()
        .filter(a -> a != null)
        .toList();
  }

  private List<Article> fetchInOrder(List<Long> ids) {
    return fetchInOrder(ids, "");
  }

  /** Articles in the order of {@code ids}; {@code null} where one is missing or filtered out. */
  private List<Article> fetchInOrder(List<Long> ids, String condition) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Article> byId = new HashMap<>();
    em.createQuery(
            "select a from Article a join fetch a.author join fetch a.primaryCategory where a.id in :ids"
                + condition,
            Article.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(a -> byId.put(a.getId(), a));
    List<Article> ordered = new ArrayList<>(ids.size());
    ids.forEach(id -> ordered.add(byId.get(id)));
    return ordered;
  }

  /** Ties go by id in the same direction, so that pages neither overlap nor skip an article. */
  private static String orderBy(ArticleSort sort) {
    String direction = sort.direction() == ArticleSort.Direction.ASC ? " asc" : " desc";
    String key =
        switch (sort.field()) {
          case UPDATED -> "a.updatedAt";
          case PUBLISHED -> "coalesce(a.publishedAt, a.updatedAt)";
          case TITLE -> "lower(a.title)";
          case STATUS -> STATUS_RANK;
          case AUTHOR -> "lower(a.author.displayName)";
        };
    return " order by " + key + direction + ", a.id" + direction;
  }

  private static String escapeLike(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** Articles of one page and the number matching in all. */
  public record Page(List<Article> articles, long total) {}
}

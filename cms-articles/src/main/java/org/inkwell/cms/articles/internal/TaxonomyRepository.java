package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inkwell.cms.articles.ArticleStatus;

/** Stores and finds categories and tags. */
@Dependent
public class TaxonomyRepository {

  private static final String TRASHED =
      ArticleStatus.class.getName() + "." + ArticleStatus.TRASHED.name();

  private final EntityManager em;

  @Inject
  public TaxonomyRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<Category> findCategory(long id) {
    return Optional.ofNullable(em.find(Category.class, id));
  }

  public Optional<Category> findCategoryBySlug(String slug) {
    return em.createNamedQuery(Category.FIND_BY_SLUG, Category.class)
        .setParameter("slug", slug)
        .getResultList()
        .stream()
        .findFirst();
  }

  public List<Category> categories() {
    return em.createNamedQuery(Category.FIND_ALL, Category.class).getResultList();
  }

  public Optional<Tag> findTag(long id) {
    return Optional.ofNullable(em.find(Tag.class, id));
  }

  public List<Tag> findTagsBySlugs(Collection<String> slugs) {
    if (slugs.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(Tag.FIND_BY_SLUGS, Tag.class).setParameter("slugs", slugs).getResultList();
  }

  /** Tags with any of these names, compared by {@link Tag#nameKey}. */
  public List<Tag> findTagsByNames(Collection<String> names) {
    if (names.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(Tag.FIND_BY_NAME_KEYS, Tag.class)
        .setParameter("keys", names.stream().map(Tag::nameKey).distinct().toList())
        .getResultList();
  }

  public List<Tag> tags() {
    return em.createNamedQuery(Tag.FIND_ALL, Tag.class).getResultList();
  }

  public void save(Category category) {
    if (category.getId() == null) {
      em.persist(category);
    }
  }

  public void save(Tag tag) {
    em.persist(tag);
  }

  /**
   * Moves the articles whose primary category {@code doomed} is onto {@code heir}, its children to
   * its parent, drops it as an extra category, then deletes it.
   */
  public void deleteCategory(Category doomed, Category heir) {
    // Children move as entities, not in bulk: one already loaded (the heir, say) would otherwise
    // still point at the deleted category when the change is written.
    em.createQuery("select c from Category c where c.parent = :doomed", Category.class)
        .setParameter("doomed", doomed)
        .getResultList()
        .forEach(child -> child.setParent(doomed.getParent()));
    em.createQuery("update Article a set a.primaryCategory = :heir where a.primaryCategory = :doomed")
        .setParameter("heir", heir)
        .setParameter("doomed", doomed)
        .executeUpdate();
    em.createNativeQuery("delete from cms_article_category where category_id = ?1")
        .setParameter(1, doomed.getId())
        .executeUpdate();
    em.remove(doomed);
  }

  public void deleteTag(Tag tag) {
    em.createNativeQuery("delete from cms_article_tag where tag_id = ?1")
        .setParameter(1, tag.getId())
        .executeUpdate();
    em.remove(tag);
  }

  /**
   * How many articles, trashed ones aside, each category has as primary or extra category; empty
   * categories are left out.
   */
  public Map<Long, Long> articleCountsByCategory() {
    Map<Long, Long> counts =
        counts(
            "select a.primaryCategory.id, count(a) from Article a where a.status <> " + TRASHED
                + " group by a.primaryCategory.id");
    // An extra category that is also the primary one would count the article twice.
    counts(
            "select c.id, count(a) from Article a join a.extraCategories c where a.status <> "
                + TRASHED + " and c <> a.primaryCategory group by c.id")
        .forEach((id, n) -> counts.merge(id, n, Long::sum));
    return counts;
  }

  /** How many articles, trashed ones aside, have each tag; unused tags are left out. */
  public Map<Long, Long> articleCountsByTag() {
    return counts(
        "select t.id, count(a) from Article a join a.tags t where a.status <> " + TRASHED
            + " group by t.id");
  }

  /** The rows of a query that selects an id and a count. */
  private Map<Long, Long> counts(String jpql) {
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(jpql, Object[].class)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }

  public void flush() {
    PendingChanges.write(em);
  }
}

package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores and finds categories, tags and site settings. */
@Dependent
public class TaxonomyRepository {

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

  /** Moves articles and child categories off {@code doomed} onto {@code heir}, then deletes it. */
  public void deleteCategory(Category doomed, Category heir) {
    em.createQuery("update Category c set c.parent = :heir where c.parent = :doomed")
        .setParameter("heir", doomed.getParent())
        .setParameter("doomed", doomed)
        .executeUpdate();
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

  public Optional<String> setting(String name) {
    return Optional.ofNullable(em.find(Setting.class, name)).map(Setting::getValue);
  }

  public void saveSetting(String name, String value) {
    Setting existing = em.find(Setting.class, name);
    if (existing == null) {
      em.persist(new Setting(name, value));
    } else {
      existing.setValue(value);
    }
  }

  public void flush() {
    PendingChanges.write(em);
  }
}

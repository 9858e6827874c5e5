package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.menu.MenuLocation;

/**
 * What an export reads, a batch at a time in the order of ids (so that a batch is found by the
 * last id of the one before, however large the table), and what a batch of articles is filed
 * under, in one query per kind instead of one per article.
 */
@Dependent
public class ExportRepository {

  private final EntityManager em;

  @Inject
  public ExportRepository(EntityManager em) {
    this.em = em;
  }

  public List<User> usersAfter(long afterId, int limit) {
    return em.createQuery("select u from User u where u.id > :after order by u.id", User.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Tag> tagsAfter(long afterId, int limit) {
    return em.createQuery("select t from Tag t where t.id > :after order by t.id", Tag.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Articles and pages, those in the trash left out, with their authors. */
  public List<Content> contentsAfter(long afterId, int limit) {
    return em.createQuery(
            "select c from Content c join fetch c.author where c.id > :after and c.status <> :trashed order by c.id",
            Content.class)
        .setParameter("after", afterId)
        .setParameter("trashed", ArticleStatus.TRASHED)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Media> mediaAfter(long afterId, int limit) {
    return em.createQuery("select m from Media m join fetch m.uploadedBy where m.id > :after order by m.id", Media.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The stored items of a menu, parents before the items under them. */
  public List<MenuEntry> menu(MenuLocation location) {
    return em.createQuery("select e from MenuEntry e where e.location = :location order by e.position", MenuEntry.class)
        .setParameter("location", location.id())
        .getResultList();
  }

  /** By article id, the extra categories of these articles, by name. */
  public Map<Long, List<Category>> extraCategories(Collection<Long> articleIds) {
    return grouped(articleIds, "select a.id, c from Article a join a.extraCategories c where a.id in :ids order by c.name, c.id");
  }

  /** By article id, the tags of these articles, by name. */
  public Map<Long, List<Tag>> tags(Collection<Long> articleIds) {
    return grouped(articleIds, "select a.id, t from Article a join a.tags t where a.id in :ids order by t.name, t.id");
  }

  /** By article or page id, the slugs they had before. */
  public Map<Long, List<String>> oldSlugs(Collection<Long> contentIds) {
    return grouped(contentIds, "select o.article.id, o.slug from OldSlug o where o.article.id in :ids order by o.slug");
  }

  /**
   * By {@code folder/file name}, the id of the image whose original or variant that is.
   *
   * @param files {@code folder/file name} of each, as its address below the media prefix
   */
  public Map<String, Long> mediaByFile(Collection<String> files) {
    Map<String, Long> found = new HashMap<>();
    if (files.isEmpty()) {
      return found;
    }
    List<String> names = files.stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).distinct().toList();
    for (String query : List.of(
        "select m.id, m.folder, m.fileName from Media m where m.fileName in :names",
        "select m.id, m.folder, v.fileName from Media m join m.variants v where v.fileName in :names")) {
      em.createQuery(query, Object[].class)
          .setParameter("names", names)
          .getResultList()
          .forEach(row -> found.putIfAbsent(row[1] + "/" + row[2], (Long) row[0]));
    }
    found.keySet().retainAll(files);
    return found;
  }

  @SuppressWarnings("unchecked")
  private <T> Map<Long, List<T>> grouped(Collection<Long> ids, String query) {
    Map<Long, List<T>> grouped = new HashMap<>();
    if (ids.isEmpty()) {
      return grouped;
    }
    em.createQuery(query, Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> grouped.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((T) row[1]));
    return grouped;
  }
}

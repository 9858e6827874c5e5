package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.inkwell.cms.articles.ImageSize;
import org.inkwell.cms.core.PageRequest;

/** Stores and finds the media library's images. */
@Dependent
public class MediaRepository {

  private final EntityManager em;

  @Inject
  public MediaRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<Media> find(long id) {
    return em.createQuery("select m from Media m join fetch m.uploadedBy where m.id = :id", Media.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * One page of images, newest first.
   *
   * @param text when not {@code null}, every word must occur in the file name, alt text or caption
   */
  public Page list(String text, PageRequest page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (text != null) {
      List<String> words = List.of(text.toLowerCase(Locale.ROOT).strip().split("\\s+"));
      for (int i = 0; i < words.size(); i++) {
        String w = ":w" + i;
        where.append(" and (lower(m.fileName) like ").append(w).append(" escape '\\'")
            .append(" or lower(m.altText) like ").append(w).append(" escape '\\'")
            .append(" or lower(m.caption) like ").append(w).append(" escape '\\')");
        params.put("w" + i, "%" + escapeLike(words.get(i)) + "%");
      }
    }
    TypedQuery<Long> count = em.createQuery("select count(m) from Media m" + where, Long.class);
    TypedQuery<Media> items =
        em.createQuery(
            "select m from Media m join fetch m.uploadedBy" + where + " order by m.uploadedAt desc, m.id desc",
            Media.class);
    params.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          items.setParameter(name, value);
        });
    long total = count.getSingleResult();
    List<Media> found = items.setFirstResult(page.offset()).setMaxResults(page.perPage()).getResultList();
    return new Page(found, total);
  }

  /** The image whose original or one of whose variants is stored under this name in this folder. */
  public Optional<Media> findByFile(String folder, String fileName) {
    return em.createQuery(
            "select distinct m from Media m left join m.variants v where m.folder = :folder"
                + " and (m.fileName = :name or v.fileName = :name)", Media.class)
        .setParameter("folder", folder)
        .setParameter("name", fileName)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The size of the original or the variant stored under this name in this folder. */
  public Optional<ImageSize> sizeOf(String folder, String fileName) {
    return em.createQuery(
            "select m.width, m.height from Media m where m.folder = :folder and m.fileName = :name", Object[].class)
        .setParameter("folder", folder)
        .setParameter("name", fileName)
        .getResultList()
        .stream()
        .findFirst()
        .or(() -> em.createQuery(
                "select v.width, v.height from Media m join m.variants v where m.folder = :folder and v.fileName = :name",
                Object[].class)
            .setParameter("folder", folder)
            .setParameter("name", fileName)
            .getResultList()
            .stream()
            .findFirst())
        .map(row -> new ImageSize((Integer) row[0], (Integer) row[1]));
  }

  public void save(Media media) {
    em.persist(media);
  }

  public void delete(Media media) {
    em.remove(media);
  }

  /** Writes pending changes now, so that constraint and version conflicts surface here. */
  public void flush() {
    PendingChanges.write(em);
  }

  private static String escapeLike(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** Images of one page and the number matching in all. */
  public record Page(List<Media> items, long total) {}
}

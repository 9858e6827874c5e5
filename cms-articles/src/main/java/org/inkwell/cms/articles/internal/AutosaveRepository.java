package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Optional;

/**
 * Stores and finds users' autosaves; a {@code null} content id means their article or page (as
 * {@code kind} says) not saved yet.
 */
@Dependent
public class AutosaveRepository {

  private final EntityManager em;

  @Inject
  public AutosaveRepository(EntityManager em) {
    this.em = em;
  }

  /** @param kind {@link Article#KIND} or {@link Page#KIND} */
  public Optional<Autosave> find(long userId, String kind, Long contentId) {
    TypedQuery<Autosave> query =
        contentId == null
            ? em.createNamedQuery(Autosave.FIND_OF_NEW_CONTENT, Autosave.class).setParameter("kind", kind)
            : em.createNamedQuery(Autosave.FIND_OF_ARTICLE, Autosave.class)
                .setParameter("articleId", contentId);
    return query.setParameter("userId", userId).getResultList().stream().findFirst();
  }

  public void save(Autosave autosave) {
    if (autosave.getId() == null) {
      em.persist(autosave);
    }
  }

  public void delete(long userId, String kind, Long contentId) {
    find(userId, kind, contentId).ifPresent(em::remove);
  }

  public void flush() {
    PendingChanges.write(em);
  }
}

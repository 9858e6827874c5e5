package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Optional;

/** Stores and finds users' autosaves; a {@code null} article id means their article not saved yet. */
@Dependent
public class AutosaveRepository {

  private final EntityManager em;

  @Inject
  public AutosaveRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<Autosave> find(long userId, Long articleId) {
    TypedQuery<Autosave> query =
        articleId == null
            ? em.createNamedQuery(Autosave.FIND_OF_NEW_ARTICLE, Autosave.class)
            : em.createNamedQuery(Autosave.FIND_OF_ARTICLE, Autosave.class)
                .setParameter("articleId", articleId);
    return query.setParameter("userId", userId).getResultList().stream().findFirst();
  }

  public void save(Autosave autosave) {
    if (autosave.getId() == null) {
      em.persist(autosave);
    }
  }

  public void delete(long userId, Long articleId) {
    find(userId, articleId).ifPresent(em::remove);
  }

  public void flush() {
    PendingChanges.write(em);
  }
}

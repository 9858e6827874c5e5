package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ContentHistory;
import org.inkwell.cms.articles.Person;

@ApplicationScoped
@Transactional
class StoredContentHistory implements ContentHistory {

  @Inject EntityManager em;

  @Override
  public Optional<Person> lastSavedBy(long contentId, Actor actor) {
    Permissions.requireSignedIn(actor);
    return em.createQuery("select c.updatedBy from Content c where c.id = :id", User.class)
        .setParameter("id", contentId)
        .getResultList()
        .stream()
        .findFirst()
        .map(ArticleViews::person);
  }
}

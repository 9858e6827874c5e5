package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Stores and finds users. */
@Dependent
public class UserRepository {

  private final EntityManager em;

  @Inject
  public UserRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<User> find(long id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  /**
   * The user, locked against other transactions until this one ends: serialises a user's writes
   * that no unique key can keep apart.
   */
  public Optional<User> findLocked(long id) {
    return Optional.ofNullable(em.find(User.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<User> findByLogin(String login) {
    return em.createNamedQuery(User.FIND_BY_LOGIN, User.class)
        .setParameter("login", login)
        .getResultList()
        .stream()
        .findFirst();
  }

  public List<User> all() {
    return em.createQuery("select u from User u order by u.login", User.class).getResultList();
  }

  public boolean isEmpty() {
    return em.createQuery("select count(u) from User u", Long.class).getSingleResult() == 0;
  }

  public void save(User user) {
    if (user.getId() == null) {
      em.persist(user);
    }
  }

  public void flush() {
    PendingChanges.write(em);
  }
}

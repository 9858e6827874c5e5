package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.inkwell.cms.articles.wordpress.ImportState;

/** Stores import jobs, their problems and the map from WordPress items to local ones. */
@Dependent
public class ImportJobRepository {

  private final EntityManager em;

  @Inject
  public ImportJobRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<ImportJob> find(long id) {
    return Optional.ofNullable(em.find(ImportJob.class, id));
  }

  /** Newest first. */
  public List<ImportJob> list(int offset, int limit) {
    return em.createQuery("select j from ImportJob j order by j.id desc", ImportJob.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(j) from ImportJob j", Long.class).getSingleResult();
  }

  public List<ImportJob> findInState(List<ImportState> states) {
    return em.createQuery("select j from ImportJob j where j.state in :states", ImportJob.class)
        .setParameter("states", states)
        .getResultList();
  }

  public List<ImportJobProblem> problems(long jobId) {
    return em.createQuery("select p from ImportJobProblem p where p.jobId = :job order by p.id", ImportJobProblem.class)
        .setParameter("job", jobId)
        .getResultList();
  }

  public Optional<ImportedItem> findItem(String source, ImportedKind kind, String wpId) {
    return em.createNamedQuery(ImportedItem.FIND, ImportedItem.class)
        .setParameter("source", source)
        .setParameter("kind", kind)
        .setParameter("wpId", wpId)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Whether this local row came from that site. */
  public boolean isImported(String source, ImportedKind kind, long localId) {
    return !em.createQuery(
            "select i.id from ImportedItem i where i.source = :source and i.kind = :kind and i.localId = :localId", Long.class)
        .setParameter("source", source)
        .setParameter("kind", kind)
        .setParameter("localId", localId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public Optional<OldPermalink> findPermalink(String address) {
    return Optional.ofNullable(em.find(OldPermalink.class, address));
  }

  /**
   * Keeps these old addresses of an imported item; one that led to another item before leads to
   * this one now.
   */
  public void keepPermalinks(ImportedItem item, List<String> addresses) {
    for (String address : addresses) {
      Optional<OldPermalink> known = findPermalink(address);
      if (known.isEmpty()) {
        em.persist(new OldPermalink(address, item));
      } else if (known.get().getItem() != item) {
        known.get().pointAt(item);
      }
    }
  }

  public void save(ImportJob job) {
    em.persist(job);
  }

  public void save(ImportJobProblem problem) {
    em.persist(problem);
  }

  public void save(ImportedItem item) {
    if (!em.contains(item)) {
      em.persist(item);
    }
  }

  public void flush() {
    PendingChanges.write(em);
  }
}

package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Appends content events to the journal, in the writing transaction, and reads them back.
 *
 * <p>Rows become visible in the order of their ids: a transaction takes its ids only as it commits
 * (see {@link #append}), after locking the one row of {@code cms_change_order}, and holds that lock
 * until its commit is visible. A transaction with a higher id therefore started taking ids after
 * every lower one had committed or rolled back: a reader that sees id n never sees a lower id appear
 * later, and a missing id is one that rolled back. Readers simply go on from the highest id they
 * read. (Ids taken while the transaction ran, as before, could commit in any order, and a reader had
 * to guess how long to wait for a missing one.) The lock is held only from the journal insert to the
 * end of the commit: writers are serialised for those few milliseconds, not for their whole work.
 */
@ApplicationScoped
public class ChangeJournal {

  /** This server process: a restarted node is a new one, which starts reading at the newest row. */
  private final String node = UUID.randomUUID().toString();

  @Inject EntityManager entityManager;

  String node() {
    return node;
  }

  /**
   * Writes the events as rows of the current transaction, just before it commits, and returns the
   * last row's id. The transaction's own changes are flushed first, so that while it holds the
   * journal's lock it waits for no other lock (no deadlock with a writer queued behind it).
   */
  long append(List<Object> events) {
    entityManager.flush();
    entityManager.createNativeQuery("select id from cms_change_order where id = 1 for update").getSingleResult();
    long last = 0;
    for (Object event : events) {
      ChangeRecord row = new ChangeRecord(node, JournalCodec.type(event), JournalCodec.payload(event), Instant.now());
      // An identity id: the row is inserted here, and its id known, without flushing anything else.
      entityManager.persist(row);
      last = row.getId();
    }
    entityManager.flush();
    return last;
  }

  List<ChangeRecord> after(long id, int max) {
    return entityManager.createNamedQuery(ChangeRecord.AFTER, ChangeRecord.class)
        .setParameter("id", id)
        .setMaxResults(max)
        .getResultList();
  }

  long newest() {
    return entityManager.createNamedQuery(ChangeRecord.NEWEST, Long.class).getSingleResult();
  }

  /**
   * Whether every row after {@code id} is still in the journal: pruning removes the oldest rows (by
   * id) and always keeps the newest, so this holds when nothing came after it or the oldest row
   * left is the next one. A rolled-back id just after {@code id} also answers false: a caller then
   * rebuilds what it could otherwise have caught up, which is slower but never wrong.
   */
  boolean reachesBackTo(long id) {
    Long oldest = entityManager.createNamedQuery(ChangeRecord.OLDEST, Long.class).getSingleResult();
    return oldest == null || oldest <= id + 1 || newest() <= id;
  }

  /** Whether a row after {@code id} holds an event of this type. */
  boolean hasAfter(long id, Class<?> eventType) {
    return entityManager.createNamedQuery(ChangeRecord.COUNT_OF_TYPE_AFTER, Long.class)
        .setParameter("id", id)
        .setParameter("type", eventType.getSimpleName())
        .getSingleResult() > 0;
  }

  @Transactional
  int pruneBefore(Instant before) {
    return entityManager.createNamedQuery(ChangeRecord.PRUNE).setParameter("before", before).executeUpdate();
  }
}

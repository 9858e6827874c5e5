package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Appends content events to the journal, in the writing transaction, and reads them back. */
@ApplicationScoped
public class ChangeJournal {

  /** This server process: a restarted node is a new one, which starts reading at the newest row. */
  private final String node = UUID.randomUUID().toString();

  @Inject EntityManager entityManager;

  String node() {
    return node;
  }

  /** The new row's id; part of the caller's transaction, so it commits or rolls back with it. */
  long append(Object event) {
    ChangeRecord row = new ChangeRecord(node, JournalCodec.type(event), JournalCodec.payload(event), Instant.now());
    // An identity id: the row is inserted here, and its id known, without flushing anything else.
    entityManager.persist(row);
    return row.getId();
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

  @Transactional
  int pruneBefore(Instant before) {
    return entityManager.createNamedQuery(ChangeRecord.PRUNE).setParameter("before", before).executeUpdate();
  }
}

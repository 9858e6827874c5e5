package org.inkwell.cms.articles.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inkwell.cms.articles.journal.ChangesCommitted;

/**
 * Fires content events once the current transaction has committed, to every observer, so that
 * none of them can see (or act on) a change that is later rolled back. The events are also written
 * to the change journal, for the other nodes of a cluster, in the same transaction just before it
 * commits (where {@link ChangeJournal} takes its ids in commit order); a failure to write them rolls
 * the change back. Once the transaction's own events are out, {@link ChangesCommitted} says how far
 * the journal got.
 */
@ApplicationScoped
public class AfterCommitEvents {

  private static final Logger LOG = Logger.getLogger(AfterCommitEvents.class.getName());

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Event<Object> events;

  @Inject ChangeJournal journal;

  public void fire(Object event) {
    JournalCodec.type(event); // refused here, in the caller's code, rather than at commit
    Committed committed = (Committed) transactions.getResource(Committed.class);
    if (committed == null) {
      committed = new Committed();
      transactions.putResource(Committed.class, committed);
      transactions.registerInterposedSynchronization(committed);
    }
    committed.events.add(event);
  }

  /** One transaction's events, announced together after its commit. */
  private final class Committed implements Synchronization {

    final List<Object> events = new ArrayList<>();
    long lastRow;

    @Override
    public void beforeCompletion() {
      // An exception here marks the transaction for rollback: no change commits without its rows.
      lastRow = journal.append(events);
    }

    @Override
    public void afterCompletion(int status) {
      if (status != Status.STATUS_COMMITTED) {
        return;
      }
      events.forEach(this::announce);
      announce(new ChangesCommitted(lastRow));
    }

    private void announce(Object event) {
      try {
        AfterCommitEvents.this.events.fire(event);
      } catch (RuntimeException observerFailure) {
        // The change is committed; a failing observer must not turn it into an error.
        LOG.log(Level.WARNING, "An observer of " + event + " failed", observerFailure);
      }
    }
  }
}

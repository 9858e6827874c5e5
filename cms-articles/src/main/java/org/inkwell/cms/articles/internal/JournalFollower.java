package org.inkwell.cms.articles.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inkwell.cms.articles.journal.ChangeFeed;
import org.inkwell.cms.core.event.ContentStoreReady;

/**
 * Applies the journal rows other nodes wrote: fires their content events here, so that this node's
 * caches and indexes follow exactly as they follow its own changes. It starts from the newest row
 * at start-up, because everything derived is built afresh then (empty caches, the indexes'
 * start-up synchronisation), and it starts before any of that is built.
 */
@ApplicationScoped
public class JournalFollower implements ChangeFeed {

  private static final Logger LOG = Logger.getLogger(JournalFollower.class.getName());

  /** Far longer than any writing transaction between its journal row and its commit. */
  private static final Duration HOLE_PATIENCE = Duration.ofSeconds(60);

  private static final int PAGE = 500;

  @Inject ChangeJournal journal;

  @Inject Event<Object> events;

  private AppliedChanges applied;

  synchronized void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ContentStoreReady ready) {
    applied = new AppliedChanges(journal.newest(), HOLE_PATIENCE);
  }

  @Override
  public synchronized void catchUp() {
    if (applied == null) {
      return;
    }
    List<ChangeRecord> rows;
    do {
      rows = journal.after(applied.watermark(), PAGE);
      Instant now = Instant.now();
      for (ChangeRecord row : rows) {
        if (applied.add(row.getId(), now) && !row.getNode().equals(journal.node())) {
          apply(row);
        }
      }
      applied.settle(now);
    } while (rows.size() == PAGE && applied.watermark() >= rows.get(PAGE - 1).getId());
  }

  @Override
  public synchronized boolean applied(long id) {
    return applied != null && applied.contains(id);
  }

  private void apply(ChangeRecord row) {
    JournalCodec.event(row.getEventType(), row.getPayload()).ifPresentOrElse(
        event -> {
          try {
            events.fire(event);
          } catch (RuntimeException observerFailure) {
            LOG.log(Level.WARNING, "An observer of journal row " + row.getId() + " failed", observerFailure);
          }
        },
        () -> LOG.warning(() -> "Journal row " + row.getId() + " holds an event this version cannot read: " + row.getEventType()));
  }
}

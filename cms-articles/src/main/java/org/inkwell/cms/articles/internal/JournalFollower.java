package org.inkwell.cms.articles.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inkwell.cms.articles.journal.ChangeFeed;
import org.inkwell.cms.core.event.ContentStoreReady;

/**
 * Applies the journal rows other nodes wrote: fires their content events here, so that this node's
 * caches and indexes follow exactly as they follow its own changes. Rows become visible in id order
 * (see {@link ChangeJournal}), so the follower only remembers the highest id it read and goes on
 * from there. It starts from the newest row at start-up, because what lives in memory is built
 * afresh then, and the search index catches up from its own position (see {@link
 * LuceneSiteSearch}); it starts before any of that is built.
 */
@ApplicationScoped
public class JournalFollower implements ChangeFeed {

  private static final Logger LOG = Logger.getLogger(JournalFollower.class.getName());

  static final int PAGE = 500;

  @Inject ChangeJournal journal;

  @Inject Event<Object> events;

  /** Every row up to this one is applied; negative until started. */
  private volatile long watermark = -1;

  synchronized void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ContentStoreReady ready) {
    watermark = journal.newest();
  }

  @Override
  public synchronized void catchUp() {
    if (watermark < 0) {
      return;
    }
    List<ChangeRecord> rows;
    do {
      rows = journal.after(watermark, PAGE);
      for (ChangeRecord row : rows) {
        if (!row.getNode().equals(journal.node())) {
          apply(row);
        }
        watermark = row.getId();
      }
    } while (rows.size() == PAGE);
  }

  @Override
  public boolean applied(long id) {
    long applied = watermark;
    return applied >= 0 && id <= applied;
  }

  /**
   * Every journal row up to the returned id has been applied here, its observers returned (this
   * node's own rows: read back, their observers may still be running); empty before the start.
   */
  OptionalLong appliedUpTo() {
    long applied = watermark;
    return applied < 0 ? OptionalLong.empty() : OptionalLong.of(applied);
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

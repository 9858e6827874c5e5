package org.inkwell.cms.articles.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the journal every two seconds, the safety net under the data grid's immediate notices (a
 * node that missed one, was partitioned away, or runs with no grid at all still follows), and
 * prunes rows every node has long applied.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JournalPoller {

  private static final Logger LOG = Logger.getLogger(JournalPoller.class.getName());

  /** Longer than any node keeps running without polling: older rows are read by nobody. */
  private static final Duration KEPT = Duration.ofDays(1);

  @Inject JournalFollower follower;

  @Inject ChangeJournal journal;

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  void poll() {
    try {
      follower.catchUp();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reading the change journal failed; retrying at the next poll", e);
    }
  }

  @Schedule(hour = "*", minute = "17", persistent = false)
  void prune() {
    try {
      journal.pruneBefore(Instant.now().minus(KEPT));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Pruning the change journal failed; retrying in an hour", e);
    }
  }
}

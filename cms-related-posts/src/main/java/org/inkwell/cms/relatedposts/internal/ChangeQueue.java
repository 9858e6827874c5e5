package org.inkwell.cms.relatedposts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Articles that changed and whose lists wait to be recomputed. Changes to one article coalesce:
 * however often it changes, it is queued once. The queue is handed out when it has been quiet for
 * a moment, or when its oldest change has waited long enough, so a burst of edits costs one
 * recomputation and a steady stream of them still gets through.
 */
final class ChangeQueue {

  private final Duration quiet;
  private final Duration maxWait;
  private final Set<Long> pending = new LinkedHashSet<>();
  private Instant oldest;
  private Instant newest;
  private long received;

  ChangeQueue(Duration quiet, Duration maxWait) {
    this.quiet = quiet;
    this.maxWait = maxWait;
  }

  synchronized void add(long articleId, Instant now) {
    received++;
    pending.add(articleId);
    if (oldest == null) {
      oldest = now;
    }
    newest = now;
  }

  /** The queued articles, if it is time to process them; otherwise nothing. */
  synchronized Set<Long> take(Instant now) {
    if (pending.isEmpty()) {
      return Set.of();
    }
    boolean settled = !now.isBefore(newest.plus(quiet));
    boolean waitedEnough = !now.isBefore(oldest.plus(maxWait));
    if (!settled && !waitedEnough) {
      return Set.of();
    }
    Set<Long> taken = Set.copyOf(pending);
    pending.clear();
    oldest = null;
    newest = null;
    return taken;
  }

  synchronized int size() {
    return pending.size();
  }

  /** Changes reported since start-up, before coalescing. */
  synchronized long received() {
    return received;
  }
}

package org.inkwell.cms.articles.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which journal rows a node has applied. Ids are handed out when a transaction writes its row, not
 * when it commits, so a row may become visible after rows with higher ids: below the highest
 * applied id, an id not seen yet is a hole that is waited for. A hole still empty after a while
 * belonged to a transaction that rolled back (or never wrote) and is given up. Everything at or
 * below the watermark is settled; above it, the applied ids are kept one by one.
 */
final class AppliedChanges {

  private static final int MOST_HOLES = 10_000;

  private final Duration holePatience;
  private long watermark;
  private final TreeSet<Long> appliedAbove = new TreeSet<>();
  private final Map<Long, Instant> holesSeenAt = new HashMap<>();

  AppliedChanges(long watermark, Duration holePatience) {
    this.watermark = watermark;
    this.holePatience = holePatience;
  }

  /** Where reading must resume: every row after it may still be new. */
  long watermark() {
    return watermark;
  }

  boolean contains(long id) {
    return id <= watermark || appliedAbove.contains(id);
  }

  /** Records a row read at {@code now}; false if it was applied before. */
  boolean add(long id, Instant now) {
    if (contains(id)) {
      return false;
    }
    if (id - watermark > MOST_HOLES) {
      // Far more missing ids than transactions in flight: not holes but a jump of the sequence.
      watermark = id - 1;
      appliedAbove.headSet(id).clear();
      holesSeenAt.keySet().removeIf(hole -> hole < id);
    }
    appliedAbove.add(id);
    holesSeenAt.remove(id);
    for (long below = watermark + 1; below < id; below++) {
      if (!appliedAbove.contains(below)) {
        holesSeenAt.putIfAbsent(below, now);
      }
    }
    return true;
  }

  /** Moves the watermark over applied rows and over holes waited for long enough. */
  void settle(Instant now) {
    while (true) {
      long next = watermark + 1;
      if (appliedAbove.remove(next)) {
        watermark = next;
        continue;
      }
      Instant seen = holesSeenAt.get(next);
      if (seen != null && !now.isBefore(seen.plus(holePatience))) {
        holesSeenAt.remove(next);
        watermark = next;
        continue;
      }
      return;
    }
  }
}

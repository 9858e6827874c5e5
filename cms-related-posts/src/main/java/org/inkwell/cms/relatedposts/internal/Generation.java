package org.inkwell.cms.relatedposts.internal;

import java.time.Instant;
import org.inkwell.cms.relatedposts.RelatedSettings;

/**
 * One complete set of lists, computed with one set of settings by one version of the algorithm.
 *
 * @param cursor a rebuild has computed the lists of every article up to this id
 */
record Generation(int number, State state, RelatedSettings settings, int algorithm, long cursor, Instant startedAt) {

  enum State {
    /** What readers see. */
    LIVE,
    /** Being filled by a rebuild; replaces the live one when complete. */
    BUILDING
  }

  boolean live() {
    return state == State.LIVE;
  }
}

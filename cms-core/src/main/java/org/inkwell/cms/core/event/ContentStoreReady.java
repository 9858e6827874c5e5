package org.inkwell.cms.core.event;

import java.time.Instant;

/**
 * Fired once at start-up, when the content store's schema is current and its initial content (the
 * first administrator, demo articles) is in place: from then on {@code ArticleCatalog} answers.
 *
 * @param demoContentLoaded whether the demo site was loaded into the empty store during this very
 *     start-up (true on that one start only): a plugin adds its own demo content then, once
 *     (since 0.8)
 * @since 0.2
 */
public record ContentStoreReady(Instant at, boolean demoContentLoaded) {

  /** A start-up that loaded no demo content. */
  public ContentStoreReady(Instant at) {
    this(at, false);
  }
}

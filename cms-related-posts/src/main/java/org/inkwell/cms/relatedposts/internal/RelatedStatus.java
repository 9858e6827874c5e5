package org.inkwell.cms.relatedposts.internal;

import java.time.Instant;

/**
 * What the plugin is doing, for administrators.
 *
 * @param liveGeneration the set of lists readers see; {@code null} before the first is complete
 * @param rebuild the rebuild under way, or {@code null}
 * @param changesQueued changed articles waiting for their lists to be recomputed
 * @param changesInProgress changed articles whose lists are being recomputed now
 * @param changesReceived content changes reported since start-up
 * @param changesProcessed changes whose lists were recomputed: fewer than received, since changes
 *     to one article in quick succession are recomputed once
 * @param listsComputed lists computed in full (with a text search)
 * @param listsPatched lists updated in place around a changed article (no search)
 */
public record RelatedStatus(
    boolean started,
    int publishedArticles,
    Integer liveGeneration,
    Rebuild rebuild,
    boolean rebuildRequested,
    int changesQueued,
    int changesInProgress,
    long changesReceived,
    long changesProcessed,
    long listsComputed,
    long listsPatched,
    long lastChangeMillis,
    long indexBytes) {

  /** A rebuild's progress: lists computed so far out of all published articles. */
  public record Rebuild(int generation, int done, int total, Instant startedAt) {}
}

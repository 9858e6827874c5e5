package org.inkwell.cms.relatedposts.admin;

import java.io.Serializable;
import org.inkwell.cms.relatedposts.internal.RelatedStatus;

/** The state of the stored lists as the settings screen shows it. */
public final class StatusView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final boolean started;
  private final int publishedArticles;
  private final Integer liveGeneration;
  private final boolean rebuilding;
  private final int rebuildDone;
  private final int rebuildTotal;
  private final int changesQueued;
  private final int changesInProgress;

  private StatusView(RelatedStatus s) {
    started = s.started();
    publishedArticles = s.publishedArticles();
    liveGeneration = s.liveGeneration();
    // A rebuild asked for starts on the next background step: under way, to the admin, from the start.
    rebuilding = s.rebuildRequested() || s.rebuild() != null;
    rebuildDone = s.rebuild() == null ? 0 : s.rebuild().done();
    rebuildTotal = s.rebuild() == null ? 0 : s.rebuild().total();
    changesQueued = s.changesQueued();
    changesInProgress = s.changesInProgress();
  }

  static StatusView of(RelatedStatus s) {
    return new StatusView(s);
  }

  public boolean isStarted() {
    return started;
  }

  public int getPublishedArticles() {
    return publishedArticles;
  }

  /** {@code null} before the first set of lists is complete. */
  public Integer getLiveGeneration() {
    return liveGeneration;
  }

  public boolean isRebuilding() {
    return rebuilding;
  }

  public int getRebuildDone() {
    return rebuildDone;
  }

  public int getRebuildTotal() {
    return rebuildTotal;
  }

  /** Of the rebuild, 0 to 100. */
  public int getRebuildPercent() {
    return rebuildTotal == 0 ? 0 : (int) Math.min(100, 100L * rebuildDone / rebuildTotal);
  }

  public int getChangesQueued() {
    return changesQueued;
  }

  public int getChangesInProgress() {
    return changesInProgress;
  }
}

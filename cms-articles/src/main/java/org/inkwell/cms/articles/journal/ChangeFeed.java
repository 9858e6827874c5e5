package org.inkwell.cms.articles.journal;

/** This node's reading of the change journal. */
public interface ChangeFeed {

  /**
   * Applies every committed row this node has not applied yet (fires its content event here), and
   * returns once they are applied.
   */
  void catchUp();

  /** Whether this node has applied the row {@code id} (its own rows count as applied). */
  boolean applied(long id);
}

package org.inkwell.cms.core;

/**
 * The client based its change on a version that is no longer current; nothing was overwritten.
 *
 * @since 0.1
 */
public class StaleVersionException extends CmsException {

  public StaleVersionException(long expected, long current) {
    super(
        "stale-version",
        "Content changed since you read it",
        "You sent version "
            + expected
            + " but the current version is "
            + current
            + ". Read it again and reapply your change.");
  }

  /** The client named an entity tag that is no current version, e.g. a weak or a foreign one. */
  public StaleVersionException(String sentTag) {
    super(
        "stale-version",
        "Content changed since you read it",
        "If-Match: "
            + sentTag
            + " names no current version (weak tags never match). Read it again and send its ETag.");
  }
}

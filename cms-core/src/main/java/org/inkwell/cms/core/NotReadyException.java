package org.inkwell.cms.core;

/**
 * A feature is still starting up (for example building its indexes); the client may retry soon.
 *
 * @since 0.2
 */
public class NotReadyException extends CmsException {

  public NotReadyException(String detail) {
    super("not-ready", "Not ready yet", detail);
  }
}

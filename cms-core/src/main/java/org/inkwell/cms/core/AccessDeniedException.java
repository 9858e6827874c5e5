package org.inkwell.cms.core;

/**
 * The signed-in user's role does not allow the action.
 *
 * @since 0.1
 */
public class AccessDeniedException extends CmsException {

  public AccessDeniedException(String detail) {
    super("access-denied", "Not allowed", detail);
  }
}

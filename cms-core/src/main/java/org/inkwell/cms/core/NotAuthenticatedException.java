package org.inkwell.cms.core;

/**
 * The action needs a signed-in user and the caller is anonymous.
 *
 * @since 0.1
 */
public class NotAuthenticatedException extends CmsException {

  public NotAuthenticatedException() {
    super("not-authenticated", "Authentication required", "Sign in to do this.");
  }
}

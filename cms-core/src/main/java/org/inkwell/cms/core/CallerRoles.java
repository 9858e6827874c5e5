package org.inkwell.cms.core;

/**
 * Names of the roles a signed-in caller may hold, as the security layer reports them (for
 * {@code SecurityContext.isUserInRole}).
 *
 * @since 0.2
 */
public final class CallerRoles {

  public static final String ADMIN = "ADMIN";
  public static final String EDITOR = "EDITOR";
  public static final String AUTHOR = "AUTHOR";
  public static final String CONTRIBUTOR = "CONTRIBUTOR";

  private CallerRoles() {}
}

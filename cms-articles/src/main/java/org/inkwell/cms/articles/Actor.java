package org.inkwell.cms.articles;

/**
 * Who is asking: a signed-in user with a role, or an anonymous reader ({@link #ANONYMOUS}).
 *
 * @param userId {@code null} for an anonymous reader
 */
public record Actor(Long userId, String login, Role role) {

  public static final Actor ANONYMOUS = new Actor(null, null, null);

  public boolean isAnonymous() {
    return userId == null;
  }

  public boolean hasAnyRole(Role... roles) {
    for (Role r : roles) {
      if (r == role) {
        return true;
      }
    }
    return false;
  }
}

package org.inkwell.cms.relatedposts.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.inkwell.cms.core.CallerRoles;

/**
 * What the signed-in user may do with Recommended Posts, by the same roles as the REST API: editors
 * and administrators steer an article's list, only administrators change the site-wide settings.
 * Request-scoped, so view-scoped pages hold a proxy rather than the security context itself.
 */
@RequestScoped
public class CallerPermissions {

  @Inject SecurityContext security;

  /** Pin and exclude posts, and see the settings. */
  public boolean isEditor() {
    return security.isCallerInRole(CallerRoles.EDITOR) || isAdmin();
  }

  /** Change the settings and rebuild every list. */
  public boolean isAdmin() {
    return security.isCallerInRole(CallerRoles.ADMIN);
  }
}

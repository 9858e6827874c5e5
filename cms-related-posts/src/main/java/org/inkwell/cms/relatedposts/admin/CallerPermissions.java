package org.inkwell.cms.relatedposts.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.inkwell.cms.core.CallerRoles;

/**
 * What the signed-in user may do with Recommended Posts, by the same roles as the REST API: editors
 * and administrators steer an article's list, only administrators change the site-wide settings.
 * Request-scoped, so view-scoped pages hold a proxy that asks the request of the moment.
 */
@RequestScoped
public class CallerPermissions {

  @Inject HttpServletRequest request;

  /** Pin and exclude posts, and see the settings. */
  public boolean isEditor() {
    return request.isUserInRole(CallerRoles.EDITOR) || isAdmin();
  }

  /** Change the settings and rebuild every list. */
  public boolean isAdmin() {
    return request.isUserInRole(CallerRoles.ADMIN);
  }
}

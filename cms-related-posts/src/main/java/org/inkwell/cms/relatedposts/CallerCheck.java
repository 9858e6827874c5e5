package org.inkwell.cms.relatedposts;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.NotAuthenticatedException;

/** Role checks for the plugin's endpoints: 401 for anonymous callers, 403 for the wrong role. */
final class CallerCheck {

  private CallerCheck() {}

  static boolean hasAny(SecurityContext security, String... roles) {
    return security.getUserPrincipal() != null && Arrays.stream(roles).anyMatch(security::isUserInRole);
  }

  static void require(SecurityContext security, String action, String... roles) {
    if (security.getUserPrincipal() == null) {
      throw new NotAuthenticatedException();
    }
    if (!hasAny(security, roles)) {
      throw new AccessDeniedException("Only " + String.join(" or ", Arrays.stream(roles).map(String::toLowerCase).toList()) + " users may " + action + ".");
    }
  }
}

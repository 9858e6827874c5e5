package org.inkwell.cms.articles.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ActorPrincipal;
import org.inkwell.cms.articles.UserService;

/** Who is calling: the signed-in, active user, or an anonymous reader. */
@RequestScoped
public class Callers {

  @Inject HttpServletRequest request;
  @Inject UserService users;

  private Actor current;

  Actor current() {
    if (current == null) {
      Principal principal = request.getUserPrincipal();
      if (principal instanceof ActorPrincipal resolved && resolved.actor() != null) {
        current = resolved.actor();
      } else {
        current =
            principal == null ? Actor.ANONYMOUS : users.actor(principal.getName()).orElse(Actor.ANONYMOUS);
      }
    }
    return current;
  }
}

package org.inkwell.cms.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ActorPrincipal;
import org.inkwell.cms.articles.Role;

/** The editor using the admin, as pages ask about them: {@code #{me.admin}}. */
@Named("me")
@RequestScoped
public class SignedInUser {

  @Inject HttpServletRequest request;

  private Actor actor;

  public Actor actor() {
    if (actor == null) {
      Principal principal = request.getUserPrincipal();
      actor = principal instanceof ActorPrincipal p && p.actor() != null ? p.actor() : Actor.ANONYMOUS;
    }
    return actor;
  }

  public String getLogin() {
    return actor().login();
  }

  public boolean isAdmin() {
    return actor().hasAnyRole(Role.ADMIN);
  }

  /** Editors and administrators publish anyone's articles and organise categories and tags. */
  public boolean isEditor() {
    return actor().hasAnyRole(Role.ADMIN, Role.EDITOR);
  }

  /** Everyone but contributors may publish (their own articles, for authors). */
  public boolean isPublisher() {
    return actor().hasAnyRole(Role.ADMIN, Role.EDITOR, Role.AUTHOR);
  }

  public String getRoleName() {
    Role role = actor().role();
    return role == null ? "" : role.wireName();
  }
}

package org.inkwell.cms.articles;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The signed-in caller as the identity store resolved them, so that a request does not look the
 * user up a second time.
 */
public class ActorPrincipal extends CallerPrincipal {

  private static final long serialVersionUID = 1L;

  private final transient Actor actor;

  public ActorPrincipal(Actor actor) {
    super(actor.login());
    this.actor = actor;
  }

  public Actor actor() {
    return actor;
  }
}

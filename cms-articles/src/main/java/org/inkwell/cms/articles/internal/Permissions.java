package org.inkwell.cms.articles.internal;

import static org.inkwell.cms.articles.Role.ADMIN;
import static org.inkwell.cms.articles.Role.AUTHOR;
import static org.inkwell.cms.articles.Role.EDITOR;

import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.NotAuthenticatedException;

/** Who may do what to an article, an image or the site's settings and menus, with WordPress's role meanings. */
final class Permissions {

  private Permissions() {}

  static void requireSignedIn(Actor actor) {
    if (actor.isAnonymous()) {
      throw new NotAuthenticatedException();
    }
  }

  static boolean isOwner(Actor actor, Long authorId) {
    return !actor.isAnonymous() && actor.userId().equals(authorId);
  }

  /** Published articles are public; the rest only to editors and to their own author. */
  static boolean canView(Actor actor, ArticleStatus status, Long authorId) {
    return status == ArticleStatus.PUBLISHED
        || actor.hasAnyRole(ADMIN, EDITOR)
        || isOwner(actor, authorId);
  }

  /** Editors edit all; authors their own; contributors their own until it is published. */
  static boolean canEdit(Actor actor, ArticleStatus status, Long authorId) {
    if (actor.hasAnyRole(ADMIN, EDITOR)) {
      return true;
    }
    if (!isOwner(actor, authorId)) {
      return false;
    }
    return actor.role() == AUTHOR
        || !(status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED);
  }

  static boolean canPublish(Actor actor, Long authorId) {
    return actor.hasAnyRole(ADMIN, EDITOR) || (actor.role() == AUTHOR && isOwner(actor, authorId));
  }

  /**
   * Giving an article an address another article had before ends that article's redirect, which
   * old links rely on: editors decide that, not the authors of either article.
   */
  static boolean canEndRedirect(Actor actor) {
    return actor.hasAnyRole(ADMIN, EDITOR);
  }

  /** Sticky articles head everyone's home page: editors choose them, as in WordPress. */
  static boolean canMakeSticky(Actor actor) {
    return actor.hasAnyRole(ADMIN, EDITOR);
  }

  /** Authors and up upload images; contributors cannot, as in WordPress. */
  static void requireUploader(Actor actor) {
    requireSignedIn(actor);
    if (!actor.hasAnyRole(ADMIN, EDITOR, AUTHOR)) {
      throw new AccessDeniedException("Only authors, editors and administrators may upload images.");
    }
  }

  /** Editors change and delete every image; authors the ones they uploaded. */
  static void requireMediaEditor(Actor actor, Long uploaderId) {
    requireSignedIn(actor);
    if (!(actor.hasAnyRole(ADMIN, EDITOR) || (actor.role() == AUTHOR && isOwner(actor, uploaderId)))) {
      throw new AccessDeniedException("Only editors, administrators and the author who uploaded it may change this image.");
    }
  }

  static void requireEditor(Actor actor, String what) {
    requireSignedIn(actor);
    if (!actor.hasAnyRole(ADMIN, EDITOR)) {
      throw new AccessDeniedException("Only editors and administrators may " + what + ".");
    }
  }

  static void requireAdmin(Actor actor, String what) {
    requireSignedIn(actor);
    if (!actor.hasAnyRole(ADMIN)) {
      throw new AccessDeniedException("Only administrators may " + what + ".");
    }
  }
}

package org.inkwell.cms.articles.internal;

import java.util.Optional;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.ContentNotFoundException;

/** Who may see and change one article or page: the same rules for both kinds, worded for each. */
final class ContentAccess {

  private ContentAccess() {}

  /** The content if the actor may see it; otherwise, as when it does not exist, not found. */
  static <T extends Content> T visible(Optional<T> found, String kind, long id, Actor actor) {
    T content = found.orElseThrow(() -> new ContentNotFoundException(kind, id));
    if (!Permissions.canView(actor, content.getStatus(), content.getAuthor().getId())) {
      throw new ContentNotFoundException(kind, id);
    }
    return content;
  }

  /** The visible content if the actor may also change it. */
  static <T extends Content> T editable(Optional<T> found, String kind, long id, Actor actor) {
    T content = visible(found, kind, id, actor);
    if (!Permissions.canEdit(actor, content.getStatus(), content.getAuthor().getId())) {
      throw new AccessDeniedException(
          Permissions.isOwner(actor, content.getAuthor().getId())
              ? "Contributors cannot change " + (kind.equals("article") ? "an " : "a ") + kind + " once it is published."
              : "You may only change your own " + kind + "s.");
    }
    return content;
  }
}

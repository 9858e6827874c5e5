package org.inkwell.cms.articles.internal;

import java.time.Instant;
import org.inkwell.cms.articles.Actor;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.core.AccessDeniedException;
import org.inkwell.cms.core.ContentConflictException;
import org.inkwell.cms.core.InvalidInputException;

/**
 * The state an article moves to when a user asks for one: DRAFT → PENDING → PUBLISHED, or
 * SCHEDULED when the publish time lies ahead; back to DRAFT to unpublish or restore from the
 * trash. Trashing has its own operation.
 */
final class Workflow {

  private Workflow() {}

  /**
   * @param current {@code null} for a new article
   * @param requested {@code null} keeps the current state (a new article starts as a draft)
   * @param publishAt the requested publish time, if any
   */
  static ArticleStatus next(
      ArticleStatus current,
      ArticleStatus requested,
      Instant publishAt,
      Instant now,
      Actor actor,
      Long authorId) {
    if (current == ArticleStatus.TRASHED) {
      if (requested != ArticleStatus.DRAFT) {
        throw new ContentConflictException(
            "article-trashed", "The article is in the trash; restore it to a draft first.");
      }
      return ArticleStatus.DRAFT;
    }
    ArticleStatus target = requested == null ? (current == null ? ArticleStatus.DRAFT : current) : requested;
    switch (target) {
      case TRASHED:
        throw new InvalidInputException("status", "use DELETE to move an article to the trash");
      case SCHEDULED:
        if (publishAt == null || !publishAt.isAfter(now)) {
          throw new InvalidInputException("publishAt", "a scheduled article needs a future publish time");
        }
        requirePublisher(actor, authorId, current, target);
        return target;
      case PUBLISHED:
        boolean future = publishAt != null && publishAt.isAfter(now);
        ArticleStatus result = future ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
        requirePublisher(actor, authorId, current, result);
        return result;
      default:
        return target;
    }
  }

  private static void requirePublisher(
      Actor actor, Long authorId, ArticleStatus current, ArticleStatus target) {
    if (current != target && !Permissions.canPublish(actor, authorId)) {
      throw new AccessDeniedException(
          actor.role() == org.inkwell.cms.articles.Role.CONTRIBUTOR
              ? "Contributors cannot publish; submit the article for review (status pending)."
              : "Only editors may publish other people's articles.");
    }
  }
}

package org.inkwell.cms.articles;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;

/**
 * Writes and reads articles under the workflow and permission rules. Content events are fired
 * after the transaction commits.
 */
public interface ArticleService {

  ArticleDetails create(ArticleInput input, Actor actor);

  /**
   * Changes an article.
   *
   * @param basedOnVersion the version the client read; a different current version is refused
   * @param partial {@code true}: {@code null} members are left as they are; {@code false}: they
   *     are reset to their defaults
   */
  ArticleDetails update(
      long id, ArticleInput input, long basedOnVersion, boolean partial, Actor actor);

  /** Moves an article to the trash; a {@code null} version skips the staleness check. */
  ArticleDetails trash(long id, Long basedOnVersion, Actor actor);

  ArticleDetails find(long id, Actor actor);

  /**
   * The article as it would be with these changes, as a full replacement, without storing
   * anything: for previews of unsaved drafts. Needs the right to edit the article.
   *
   * @param id {@code null} for an article not saved yet
   */
  ArticleDetails preview(Long id, ArticleInput input, Actor actor);

  /** One page of articles, newest publication first ({@link ArticleSort#NEWEST_FIRST}). */
  ResultPage<ArticleDetails> list(ArticleQuery query, PageRequest page, Actor actor);

  /**
   * One page of articles in the given order. Published articles are listed to anyone; the others
   * only to a signed-in actor, and to authors and contributors only their own.
   */
  ResultPage<ArticleDetails> list(
      ArticleQuery query, ArticleSort sort, PageRequest page, Actor actor);

  /**
   * How many articles are in each status, every status present: published ones counted all, the
   * others as {@link #list} shows them to this actor (authors and contributors: their own).
   */
  Map<ArticleStatus, Long> countByStatus(Actor actor);

  /** The article readers find under this slug: published now, else nothing. */
  Optional<ArticleDetails> findPublished(String slug);

  /** The published sticky articles, newest publication first, at most {@code limit}. */
  List<ArticleDetails> stickyPublished(int limit);

  /** The current slug of the published article that had this slug before, for a redirect. */
  Optional<String> currentSlug(String formerSlug);

  List<RevisionDetails> revisions(long id, Actor actor);

  /**
   * Gives the article the title, body and excerpt of one of its revisions, as an {@link #update}
   * would: the content it replaces becomes a new revision, and the usual events are fired.
   *
   * @param basedOnVersion the version the client read; a different current version is refused
   */
  ArticleDetails restoreRevision(long articleId, int number, long basedOnVersion, Actor actor);

  /**
   * Keeps the actor's unsaved editor content, replacing their previous autosave of the same
   * article. Needs the right to edit the article; changes nothing else and fires no events. The
   * user's next successful save discards it: an update of that article, or for an article not
   * saved yet, their next create.
   *
   * @param articleId {@code null} for an article not saved yet
   */
  AutosaveDetails autosave(Long articleId, String title, String body, String excerpt, Actor actor);

  /** The actor's autosave of this article ({@code null}: of their article not saved yet). */
  Optional<AutosaveDetails> findAutosave(Long articleId, Actor actor);

  /** Deletes the actor's autosave of this article, if any; only their own autosave is touched. */
  void discardAutosave(Long articleId, Actor actor);

  /** Publishes scheduled articles whose time has come; returns how many. */
  int publishDueArticles();
}

package org.inkwell.cms.articles;

import java.util.List;
import java.util.Optional;
import org.inkwell.cms.core.PageRequest;
import org.inkwell.cms.core.ResultPage;

/**
 * Writes and reads pages under the same roles, revisions and slug namespace as articles. Pages
 * fire no article events (they stay out of feeds, archives, article search and recommendations;
 * {@link PageSearch} finds them apart); a change readers can see fires {@link
 * org.inkwell.cms.core.event.PageChanged} after the commit.
 */
public interface PageService {

  PageDetails create(PageInput input, Actor actor);

  /**
   * Changes a page.
   *
   * @param basedOnVersion the version the client read; a different current version is refused
   * @param partial {@code true}: {@code null} members are left as they are; {@code false}: they
   *     are reset to their defaults
   */
  PageDetails update(long id, PageInput input, long basedOnVersion, boolean partial, Actor actor);

  /** Moves a page to the trash; a {@code null} version skips the staleness check. */
  PageDetails trash(long id, Long basedOnVersion, Actor actor);

  PageDetails find(long id, Actor actor);

  /**
   * The page as it would be with these changes, as a full replacement, without storing anything:
   * for previews of unsaved drafts. Needs the right to edit the page.
   *
   * @param id {@code null} for a page not saved yet
   */
  PageDetails preview(Long id, PageInput input, Actor actor);

  /**
   * Moves a page among its siblings (the pages under the same parent, the trash left out) by
   * changing their menu orders, as far as the first or last place at most. Needs the right to edit
   * every page whose menu order changes.
   *
   * @param places negative to move it towards the first place
   */
  PageDetails move(long id, int places, Actor actor);

  /**
   * One page of pages in tree order (each after its parent, siblings by menu order and title).
   * Published pages are listed to anyone; the others only to a signed-in actor, and to authors
   * and contributors only their own.
   */
  ResultPage<PageDetails> list(PageQuery query, PageRequest page, Actor actor);

  /**
   * The page readers find under this slug, now or formerly its own: published, below published
   * pages only. Its {@link PageDetails#path()} is its address, which may differ from the one asked.
   */
  Optional<PageDetails> findPublished(String slug);

  /** Every page readers can reach, in tree order. */
  List<PageDetails> published();

  List<RevisionDetails> revisions(long id, Actor actor);

  /**
   * Gives the page the title and body of one of its revisions, as an {@link #update} would.
   *
   * @param basedOnVersion the version the client read; a different current version is refused
   */
  PageDetails restoreRevision(long pageId, int number, long basedOnVersion, Actor actor);

  /**
   * Keeps the actor's unsaved editor content, replacing their previous autosave of the same page;
   * as {@link ArticleService#autosave}, but apart from articles' (pages have no excerpt).
   *
   * @param pageId {@code null} for a page not saved yet
   */
  AutosaveDetails autosave(Long pageId, String title, String body, Actor actor);

  /** The actor's autosave of this page ({@code null}: of their page not saved yet). */
  Optional<AutosaveDetails> findAutosave(Long pageId, Actor actor);

  /** Deletes the actor's autosave of this page, if any; only their own autosave is touched. */
  void discardAutosave(Long pageId, Actor actor);
}

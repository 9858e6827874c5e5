package org.inkwell.cms.articles;

import java.util.List;
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

  ResultPage<ArticleDetails> list(ArticleQuery query, PageRequest page, Actor actor);

  /** The article readers find under this slug: published now, else nothing. */
  Optional<ArticleDetails> findPublished(String slug);

  /** The current slug of the published article that had this slug before, for a redirect. */
  Optional<String> currentSlug(String formerSlug);

  List<RevisionDetails> revisions(long id, Actor actor);

  /** Publishes scheduled articles whose time has come; returns how many. */
  int publishDueArticles();
}

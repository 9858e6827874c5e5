package org.inkwell.cms.articles.wordpress;

import java.util.Optional;

/**
 * Where imported content that readers knew under an old WordPress address lives now. The importer
 * keeps each item's old addresses ({@link OldAddress}); the public site asks here only for an
 * address no live content answers, and redirects there.
 */
public interface OldPermalinkService {

  /**
   * The content that had this address on its WordPress site, if readers can see it now: a
   * published article or reachable page, an existing category or tag; else empty (never a draft).
   *
   * @param address as {@link OldAddress} writes it
   */
  Optional<MovedContent> find(String address);

  /**
   * What an old address leads to now.
   *
   * @param path an article's slug, a page's path below the root ({@code about/team}), a category's
   *     or a tag's slug
   */
  record MovedContent(Kind kind, String path) {

    /** The kinds of content an old address can lead to. */
    public enum Kind {
      ARTICLE,
      PAGE,
      CATEGORY,
      TAG
    }
  }
}

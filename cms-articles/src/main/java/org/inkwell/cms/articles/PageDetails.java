package org.inkwell.cms.articles;

import java.time.Instant;
import java.util.List;

/**
 * A page as read by clients.
 *
 * @param path its address below the site's root: the slugs of its ancestors and its own, e.g.
 *     {@code about/our-authors}
 * @param excerpt generated from the body, for the meta description; pages have no excerpt cards
 * @param parent id of the parent page, {@code null} for a top-level page
 * @param ancestors the pages above it, the top-level one first: its breadcrumbs
 */
public record PageDetails(
    long id,
    String title,
    String slug,
    String path,
    ArticleStatus status,
    String body,
    String excerpt,
    Person author,
    Long parent,
    int menuOrder,
    List<PageLink> ancestors,
    Instant publishedAt,
    Instant createdAt,
    Instant updatedAt,
    long version,
    String featuredImage,
    String featuredImageAlt,
    SeoFields seo) {

  public PageDetails {
    ancestors = List.copyOf(ancestors);
  }
}

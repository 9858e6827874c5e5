package org.inkwell.cms.articles.wordpress.export;

import java.time.Instant;
import java.util.List;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.SeoFields;

/**
 * An article (a WordPress post) or a page, as an {@code item}.
 *
 * @param path its address below the site's root without slashes around it: an article's slug, a
 *     page's path through its parents ({@code about/team})
 * @param body the stored, sanitised HTML
 * @param excerpt the excerpt its author wrote, {@code ""} when it is generated from the body
 * @param date when it was or will be published; for one that never was, when it was created
 * @param modified when it last changed
 * @param categories an article's categories, its primary one first; none for a page
 * @param parentId a page's parent's id, {@code null} at the top level and for articles
 * @param featuredImage {@code null} when it has none
 * @param oldSlugs the slugs it had before, which old links still use
 */
public record ExportedPost(
    long id,
    boolean page,
    String title,
    String slug,
    String path,
    String body,
    String excerpt,
    ArticleStatus status,
    Instant date,
    Instant modified,
    String authorLogin,
    List<Term> categories,
    List<Term> tags,
    Long parentId,
    int menuOrder,
    boolean sticky,
    FeaturedImage featuredImage,
    List<String> oldSlugs,
    SeoFields seo) {

  public ExportedPost {
    categories = List.copyOf(categories);
    tags = List.copyOf(tags);
    oldSlugs = List.copyOf(oldSlugs);
  }

  /** A category or tag an item is filed under. */
  public record Term(String slug, String name) {}

  /**
   * @param mediaId the media library's image it is, {@code null} for an image from elsewhere (which
   *     the export then lists as an attachment of the item's own)
   * @param alt {@code null} or empty when it has none
   */
  public record FeaturedImage(Long mediaId, String url, String alt) {}
}

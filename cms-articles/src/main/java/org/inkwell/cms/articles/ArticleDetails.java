package org.inkwell.cms.articles;

import java.time.Instant;
import java.util.List;

/**
 * An article as read by clients.
 *
 * @param categories all categories, the primary one first
 * @param publishAt when a scheduled article goes live
 * @param sticky shown first on the home page
 */
public record ArticleDetails(
    long id,
    String title,
    String slug,
    ArticleStatus status,
    String body,
    String excerpt,
    Person author,
    Term category,
    List<Term> categories,
    List<Term> tags,
    Instant publishAt,
    Instant publishedAt,
    Instant createdAt,
    Instant updatedAt,
    long version,
    String featuredImage,
    String featuredImageAlt,
    SeoFields seo,
    boolean sticky) {
}

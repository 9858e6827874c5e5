package org.inkwell.cms.articles;

import java.time.Instant;
import java.util.List;

/**
 * What a client sends to create or change an article. Every member may be {@code null}: on create
 * and on a full replacement that means "default", on a partial update "leave as it is".
 *
 * @param status requested state; {@code PUBLISHED} with a future {@code publishAt} schedules it
 * @param category slug of the primary category
 * @param categories slugs of extra categories
 * @param tags tag names; unknown ones are created
 * @param sticky whether the home page shows it first; set only by editors and administrators
 */
public record ArticleInput(
    String title,
    String slug,
    String body,
    String excerpt,
    ArticleStatus status,
    Instant publishAt,
    String category,
    List<String> categories,
    List<String> tags,
    String featuredImage,
    String featuredImageAlt,
    SeoFields seo,
    Boolean sticky) {
}

package org.inkwell.cms.articles;

/**
 * What a client sends to create or change a page. Every member may be {@code null}: on create and
 * on a full replacement that means "default", on a partial update "leave as it is".
 *
 * @param status {@code DRAFT} or {@code PUBLISHED} (the trash has its own operation)
 * @param parent id of the parent page; {@code 0} makes the page top-level
 * @param menuOrder its place among its siblings, lowest first
 */
public record PageInput(
    String title,
    String slug,
    String body,
    ArticleStatus status,
    Long parent,
    Integer menuOrder,
    String featuredImage,
    String featuredImageAlt,
    SeoFields seo) {}

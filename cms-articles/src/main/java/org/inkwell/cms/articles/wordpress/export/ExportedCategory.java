package org.inkwell.cms.articles.wordpress.export;

/**
 * A category, as a {@code wp:category}.
 *
 * @param parentSlug {@code null} for a top-level category; the parent is written first
 * @param description {@code null} when there is none
 */
public record ExportedCategory(long id, String slug, String name, String parentSlug, String description) {}

package org.inkwell.cms.articles;

/**
 * A new or changed category.
 *
 * @param slug generated from the name when {@code null}
 * @param parent slug of the parent; {@code null} or empty for a top-level category
 */
public record CategoryInput(String name, String slug, String description, String parent) {}

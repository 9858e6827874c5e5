package org.inkwell.cms.core.spi;

/**
 * A category in the tree.
 *
 * @param parentSlug the parent's slug, or {@code null} for a top-level category
 * @since 0.2
 */
public record CategoryNode(String slug, String name, String parentSlug) {}

package org.inkwell.cms.articles.wordpress.export;

/** A tag, as a {@code wp:tag}. */
public record ExportedTag(long id, String slug, String name) {}

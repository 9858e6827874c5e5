package org.inkwell.cms.articles;

/** A tag. */
public record TagDetails(long id, String slug, String name) {}

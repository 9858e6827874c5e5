package org.inkwell.cms.articles;

/** A category or tag as an article shows it. */
public record Term(String slug, String name) {}

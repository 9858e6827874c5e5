package org.inkwell.cms.articles.wordpress;

/**
 * Something that did not come over as it was in WordPress.
 *
 * @param item the item's title, name or login, else its kind and WordPress id
 */
public record ImportProblem(String item, String message) {}

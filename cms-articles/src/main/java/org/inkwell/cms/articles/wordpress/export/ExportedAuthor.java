package org.inkwell.cms.articles.wordpress.export;

/**
 * A user, as a {@code wp:author}: WordPress has e-mail addresses and first and last names where this
 * site has none, and no password of any kind ever leaves the site.
 *
 * @param bio {@code null} when there is none
 */
public record ExportedAuthor(long id, String login, String displayName, String bio) {}

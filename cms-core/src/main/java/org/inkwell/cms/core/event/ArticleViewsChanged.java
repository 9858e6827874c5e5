package org.inkwell.cms.core.event;

/**
 * Fired after a commit that changes how many articles read without changing the articles
 * themselves (a category or tag added, renamed or deleted, an author's name or bio changed), so
 * that anything holding rendered articles, cards or names drops them.
 *
 * @param reason what changed, for logs
 * @since 0.3
 */
public record ArticleViewsChanged(String reason) {}

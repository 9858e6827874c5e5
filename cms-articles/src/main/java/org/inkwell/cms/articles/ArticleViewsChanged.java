package org.inkwell.cms.articles;

/**
 * Fired after a commit that changes how many articles read without changing the articles
 * themselves (a category renamed, an author's display name changed), so that anything holding
 * rendered articles drops them.
 */
public record ArticleViewsChanged(String reason) {}

package org.inkwell.cms.articles;

/**
 * One article found by {@link ArticleSearch}, with its matches marked for display.
 *
 * @param titleHtml the title, HTML-escaped, matched words wrapped in {@code <mark>}
 * @param snippetHtml up to ~240 characters of the body text around the best matches,
 *     HTML-escaped, matches in {@code <mark>}, {@code " … "} where cut; the excerpt (escaped) when
 *     the body has no match
 */
public record SearchHit(ArticleDetails article, String titleHtml, String snippetHtml) {}

package org.inkwell.cms.articles;

/**
 * One page found by {@link PageSearch}, with its matches marked for display.
 *
 * @param page its title and address
 * @param titleHtml the title, HTML-escaped, matched words wrapped in {@code <mark>}
 * @param snippetHtml as {@link SearchHit#snippetHtml()}: around the best matches of its text, or
 *     its generated excerpt when only the title matched
 */
public record PageHit(PageLink page, String titleHtml, String snippetHtml) {}

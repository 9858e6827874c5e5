package org.inkwell.cms.articles;

/**
 * Search-engine fields of an article. On input a {@code null} member means "leave as it is" for a
 * partial update and "empty" otherwise.
 */
public record SeoFields(
    String metaTitle,
    String metaDescription,
    String focusKeyphrase,
    String canonical,
    Boolean noindex) {}

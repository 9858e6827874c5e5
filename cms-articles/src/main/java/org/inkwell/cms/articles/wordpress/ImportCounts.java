package org.inkwell.cms.articles.wordpress;

/** How many items of each kind an import created, updated or skipped. */
public record ImportCounts(int posts, int pages, int categories, int tags, int authors, int media) {}

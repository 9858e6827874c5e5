package org.inkwell.cms.core.spi;

import java.time.Instant;

/**
 * What a teaser card of an article shows: the Recommended Posts block and archive lists.
 *
 * @param path the article's public path, e.g. {@code /how-to-pop-lower-back/}
 * @param excerpt plain text, cut at a word and ending in {@code " […]"} when it was cut
 * @param imageUrl featured image, or {@code null} when it has none (then {@code imageAlt} is too)
 * @since 0.2
 */
public record ArticleCard(
    long id,
    String title,
    String path,
    String categoryName,
    String categorySlug,
    String excerpt,
    String authorName,
    String imageUrl,
    String imageAlt,
    Instant publishedAt) {}

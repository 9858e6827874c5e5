package org.inkwell.cms.core;

import java.time.Instant;
import java.util.List;

/**
 * An immutable snapshot of an article, as plugins and events see it.
 *
 * @param primaryCategory slug of the primary category
 * @param categories slugs of all categories, the primary one first
 * @param tags slugs of its tags
 * @param publishedAt when it went (or goes) public; {@code null} if it never was
 * @since 0.1
 */
public record ArticleRef(
    long id,
    String slug,
    String title,
    String primaryCategory,
    List<String> categories,
    List<String> tags,
    Instant publishedAt) {

  public ArticleRef {
    categories = List.copyOf(categories);
    tags = List.copyOf(tags);
  }
}

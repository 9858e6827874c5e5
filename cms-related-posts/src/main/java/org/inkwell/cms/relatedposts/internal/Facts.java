package org.inkwell.cms.relatedposts.internal;

import java.time.Instant;
import java.util.List;
import org.inkwell.cms.core.spi.CatalogArticle;

/** What scoring needs to know of a published article, kept in memory for every one of them. */
record Facts(
    long id,
    String title,
    String primaryCategory,
    List<String> categories,
    List<String> tags,
    Instant publishedAt,
    Instant modifiedAt,
    boolean noindex) {

  static Facts of(CatalogArticle a) {
    return new Facts(
        a.id(),
        a.article().title(),
        a.article().primaryCategory().intern(),
        a.article().categories().stream().map(String::intern).toList(),
        a.article().tags().stream().map(String::intern).toList(),
        a.article().publishedAt() == null ? a.modifiedAt() : a.article().publishedAt(),
        a.modifiedAt(),
        a.noindex());
  }

  /** Newest first; the id breaks ties so that no two articles compare equal. */
  static int newestFirst(Facts a, Facts b) {
    int byDate = b.publishedAt.compareTo(a.publishedAt);
    return byDate != 0 ? byDate : Long.compare(b.id, a.id);
  }
}

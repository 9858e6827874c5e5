package org.inkwell.cms.articles.internal;

import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.event.ArticleUpdated;

/**
 * The published articles a category or tag change touches, as they were before it. Afterwards
 * each is reported as an {@link ArticleUpdated}, so that whatever follows single articles (the
 * search index, Recommended Posts, kept pages) follows these too.
 */
final class TaxonomyChange {

  private final Map<Article, ArticleRef> before = new IdentityHashMap<>();

  /** Snapshots the published ones among {@code articles}; call before changing them. */
  TaxonomyChange(List<Article> articles) {
    articles.stream()
        .filter(a -> a.getStatus() == ArticleStatus.PUBLISHED)
        .forEach(a -> before.put(a, ArticleViews.ref(a)));
  }

  /** One event per published article, its state now against its snapshot. */
  List<ArticleUpdated> updates(Instant at) {
    return before.entrySet().stream()
        .map(e -> new ArticleUpdated(ArticleViews.ref(e.getKey()), e.getValue(), at))
        .toList();
  }
}

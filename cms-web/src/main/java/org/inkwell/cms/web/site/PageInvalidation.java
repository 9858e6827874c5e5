package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.inkwell.cms.articles.ArticleViewsChanged;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.event.ArticlePublished;
import org.inkwell.cms.core.event.ArticleTrashed;
import org.inkwell.cms.core.event.ArticleUnpublished;
import org.inkwell.cms.core.event.ArticleUpdated;
import org.inkwell.cms.core.event.PageBlockChanged;

/**
 * Discards kept pages when content they show changes. Content events arrive after the commit and
 * before the writer's response, so the next request renders from the new data.
 */
@ApplicationScoped
public class PageInvalidation {

  @Inject PageCache pages;

  void onPublished(@Observes ArticlePublished event) {
    pages.invalidate(membershipOf(event.article()));
  }

  void onUnpublished(@Observes ArticleUnpublished event) {
    pages.invalidate(membershipOf(event.article()));
  }

  void onTrashed(@Observes ArticleTrashed event) {
    pages.invalidate(membershipOf(event.article()));
  }

  void onUpdated(@Observes ArticleUpdated event) {
    ArticleRef now = event.article();
    ArticleRef before = event.previous();
    Set<String> keys = new HashSet<>();
    keys.add(PageDependencies.article(now.id()));
    keys.add(PageDependencies.ANY_ARTICLE);
    if (!now.categories().equals(before.categories()) || !now.tags().equals(before.tags())) {
      keys.addAll(membershipOf(before));
      keys.addAll(membershipOf(now));
    } else if (!Objects.equals(now.publishedAt(), before.publishedAt())) {
      keys.addAll(membershipOf(now)); // its place in every list moved
    }
    pages.invalidate(keys);
  }

  void onBlockChanged(@Observes PageBlockChanged event) {
    if (event.everyArticle()) {
      pages.invalidate(Set.of(PageDependencies.BLOCKS));
      return;
    }
    Set<String> keys = new HashSet<>();
    event.articleIds().forEach(id -> keys.add(PageDependencies.blocksOf(id)));
    pages.invalidate(keys);
  }

  /** Renamed categories or authors show on almost every page. */
  void onViewsChanged(@Observes ArticleViewsChanged event) {
    pages.clear();
  }

  /** What changes when an article enters or leaves the public site. */
  private static Set<String> membershipOf(ArticleRef article) {
    Set<String> keys = new HashSet<>();
    keys.add(PageDependencies.article(article.id()));
    keys.add(PageDependencies.LATEST);
    keys.add(PageDependencies.ANY_ARTICLE);
    article.categories().forEach(c -> keys.add(PageDependencies.category(c)));
    article.tags().forEach(t -> keys.add(PageDependencies.tag(t)));
    return keys;
  }
}

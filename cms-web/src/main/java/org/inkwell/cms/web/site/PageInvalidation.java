package org.inkwell.cms.web.site;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.inkwell.cms.core.event.ArticleViewsChanged;
import org.inkwell.cms.core.ArticleRef;
import org.inkwell.cms.core.event.ArticlePublished;
import org.inkwell.cms.core.event.ArticleTrashed;
import org.inkwell.cms.core.event.ArticleUnpublished;
import org.inkwell.cms.core.event.ArticleUpdated;
import org.inkwell.cms.core.event.MenuChanged;
import org.inkwell.cms.core.event.PageBlockChanged;
import org.inkwell.cms.core.event.PageChanged;
import org.inkwell.cms.core.event.SiteSettingsChanged;

/**
 * Discards kept pages when content they show changes. Content events arrive after the commit and
 * before the writer's response, so the next request renders from the new data. These observers
 * run after every other one (default priority 2500), so that what a page is rendered from
 * (plugins' caches, the search index) has already followed the change.
 */
@ApplicationScoped
public class PageInvalidation {

  private static final int LAST = Interceptor.Priority.PLATFORM_AFTER;

  @Inject PageCache pages;
  @Inject Navigation navigation;

  void onPublished(@Observes @Priority(LAST) ArticlePublished event) {
    invalidate(membershipOf(event.article()));
  }

  void onUnpublished(@Observes @Priority(LAST) ArticleUnpublished event) {
    invalidate(membershipOf(event.article()));
  }

  void onTrashed(@Observes @Priority(LAST) ArticleTrashed event) {
    invalidate(membershipOf(event.article()));
  }

  void onUpdated(@Observes @Priority(LAST) ArticleUpdated event) {
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
    invalidate(keys);
  }

  void onBlockChanged(@Observes @Priority(LAST) PageBlockChanged event) {
    if (event.everyArticle()) {
      pages.invalidate(Set.of(PageDependencies.BLOCKS));
      return;
    }
    Set<String> keys = new HashSet<>();
    event.articleIds().forEach(id -> keys.add(PageDependencies.blocksOf(id)));
    pages.invalidate(keys);
  }

  /** Pages show their parents' titles and live at their parents' addresses: all of them go. */
  void onPageChanged(@Observes @Priority(LAST) PageChanged event) {
    invalidate(Set.of(PageDependencies.PAGES));
  }

  /** The menus show on every page. */
  void onMenuChanged(@Observes @Priority(LAST) MenuChanged event) {
    pages.clear();
  }

  /** Renamed categories or authors show on almost every page. */
  void onViewsChanged(@Observes @Priority(LAST) ArticleViewsChanged event) {
    pages.clear();
  }

  /** The site's name, address, icon and page size show on, or shape, every page. */
  void onSiteSettingsChanged(@Observes @Priority(LAST) SiteSettingsChanged event) {
    pages.clear();
  }

  /**
   * Discards the pages that show what changed; all of them if the change also changed the menus
   * (an item's target published, withdrawn or moved; the categories with the most articles).
   */
  private void invalidate(Set<String> keys) {
    if (navigation.changed()) {
      pages.clear();
    } else {
      pages.invalidate(keys);
    }
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

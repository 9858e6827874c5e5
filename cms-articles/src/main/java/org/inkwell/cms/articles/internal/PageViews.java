package org.inkwell.cms.articles.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inkwell.cms.articles.ArticleStatus;
import org.inkwell.cms.articles.PageDetails;
import org.inkwell.cms.articles.PageLink;
import org.inkwell.cms.articles.SeoFields;

/** Read models of pages; call inside the transaction that loaded them. */
final class PageViews {

  private PageViews() {}

  static PageDetails details(Page p) {
    List<Page> ancestors = ancestors(p);
    List<PageLink> links = new ArrayList<>();
    StringBuilder path = new StringBuilder();
    for (Page ancestor : ancestors) {
      path.append(ancestor.getSlug());
      links.add(new PageLink(ancestor.getId(), ancestor.getTitle(), path.toString()));
      path.append('/');
    }
    path.append(p.getSlug());
    Seo seo = p.getSeo();
    return new PageDetails(
        p.getId(),
        p.getTitle(),
        p.getSlug(),
        path.toString(),
        p.getStatus(),
        p.getBody(),
        p.getExcerpt(),
        ArticleViews.person(p.getAuthor()),
        p.getParent() == null ? null : p.getParent().getId(),
        p.getMenuOrder(),
        links,
        p.getPublishedAt(),
        p.getCreatedAt(),
        p.getUpdatedAt(),
        p.getVersion(),
        p.getFeaturedImageUrl(),
        p.getFeaturedImageAlt(),
        new SeoFields(
            seo.getMetaTitle(),
            seo.getMetaDescription(),
            seo.getFocusKeyphrase(),
            seo.getCanonicalUrl(),
            seo.isNoindex()));
  }

  /** Published, and every page above it too: readers reach it through their addresses. */
  static boolean isReachable(Page page) {
    return page.getStatus() == ArticleStatus.PUBLISHED
        && ancestors(page).stream().allMatch(p -> p.getStatus() == ArticleStatus.PUBLISHED);
  }

  /** The pages above {@code p}, the top-level one first. */
  static List<Page> ancestors(Page p) {
    List<Page> chain = new ArrayList<>();
    Set<Long> seen = new HashSet<>(Set.of(p.getId() == null ? -1L : p.getId()));
    for (Page up = p.getParent(); up != null && seen.add(up.getId()); up = up.getParent()) {
      chain.add(up);
    }
    Collections.reverse(chain);
    return chain;
  }
}

package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.inkwell.cms.articles.ArticleDetails;
import org.inkwell.cms.articles.PageDetails;

/**
 * The public page of an article or page that is not public yet, for its editors to check before
 * publishing: rendered by the site's own templates, afresh, and never kept.
 */
@ApplicationScoped
public class ContentPreview {

  @Inject SitePages pages;

  /** The article's HTML; an unpublished article shows as published now. */
  public String render(ArticleDetails draft, String base) {
    return html(pages.articlePage(publishedNow(draft), pages.frame(base)));
  }

  /** The page's HTML at its address, breadcrumbs from its parents included. */
  public String render(PageDetails draft, String base) {
    return html(pages.pagePage(draft, pages.frame(base)));
  }

  private static String html(PageResult page) {
    return new String(page.body(), StandardCharsets.UTF_8);
  }

  private static ArticleDetails publishedNow(ArticleDetails a) {
    if (a.publishedAt() != null) {
      return a;
    }
    return new ArticleDetails(a.id(), a.title(), a.slug(), a.status(), a.body(), a.excerpt(), a.author(), a.category(),
        a.categories(), a.tags(), a.publishAt(), Instant.now(), a.createdAt(), a.updatedAt(), a.version(),
        a.featuredImage(), a.featuredImageAlt(), a.seo(), false);
  }
}

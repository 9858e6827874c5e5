package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.inkwell.cms.articles.ArticleDetails;

/** The public page of an article that is not public yet, for its editors to check before publishing. */
@ApplicationScoped
public class ArticlePreview {

  @Inject SitePages pages;

  /** The page's HTML, rendered afresh and never kept; an unpublished article shows as published now. */
  public String render(ArticleDetails draft, String base) {
    return new String(pages.articlePage(publishedNow(draft), pages.frame(base)).body(), StandardCharsets.UTF_8);
  }

  private static ArticleDetails publishedNow(ArticleDetails a) {
    if (a.publishedAt() != null) {
      return a;
    }
    return new ArticleDetails(a.id(), a.title(), a.slug(), a.status(), a.body(), a.excerpt(), a.author(), a.category(),
        a.categories(), a.tags(), a.publishAt(), Instant.now(), a.createdAt(), a.updatedAt(), a.version(),
        a.featuredImage(), a.featuredImageAlt(), a.seo());
  }
}

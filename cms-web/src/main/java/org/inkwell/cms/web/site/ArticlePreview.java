package org.inkwell.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.inkwell.cms.articles.ArticleDetails;

/** The public page of an article that is not public yet, for its editors to check before publishing. */
@ApplicationScoped
public class ArticlePreview {

  @Inject SitePages pages;

  /** The page's HTML, rendered afresh and never kept; an unpublished article shows today's date. */
  public String render(ArticleDetails draft, String base) {
    return new String(pages.articlePage(draft, pages.frame(base)).body(), StandardCharsets.UTF_8);
  }
}

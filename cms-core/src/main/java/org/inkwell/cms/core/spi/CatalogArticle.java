package org.inkwell.cms.core.spi;

import java.time.Instant;
import java.util.Objects;
import org.inkwell.cms.core.ArticleRef;

/**
 * A published article as the catalog lists it.
 *
 * @param modifiedAt when its content or metadata last changed; a changed value means a changed
 *     article
 * @param noindex whether its editors asked search engines (and recommendations) to leave it out
 * @since 0.2
 */
public record CatalogArticle(ArticleRef article, Instant modifiedAt, boolean noindex) {

  public CatalogArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(modifiedAt, "modifiedAt");
  }

  public long id() {
    return article.id();
  }
}

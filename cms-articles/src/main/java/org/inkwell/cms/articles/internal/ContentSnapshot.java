package org.inkwell.cms.articles.internal;

import java.time.Instant;

/** The versioned content of an article or page at one moment, and who saved it then. */
record ContentSnapshot(String title, String body, String excerpt, User savedBy, Instant savedAt) {

  static ContentSnapshot of(Content article) {
    return new ContentSnapshot(
        article.getTitle(),
        article.getBody(),
        article.getExcerpt(),
        article.getUpdatedBy(),
        article.getUpdatedAt());
  }

  boolean sameContentAs(Content article) {
    return title.equals(article.getTitle())
        && body.equals(article.getBody())
        && excerpt.equals(article.getExcerpt());
  }
}

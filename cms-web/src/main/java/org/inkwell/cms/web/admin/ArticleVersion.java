package org.inkwell.cms.web.admin;

import java.util.Objects;

/**
 * One version of an article as the revisions screen compares it.
 *
 * @param title plain text, as entered
 * @param bodyHtml the body as stored; absent parts are empty strings
 */
public record ArticleVersion(String title, String bodyHtml) {

  public ArticleVersion {
    title = Objects.requireNonNullElse(title, "");
    bodyHtml = Objects.requireNonNullElse(bodyHtml, "");
  }
}

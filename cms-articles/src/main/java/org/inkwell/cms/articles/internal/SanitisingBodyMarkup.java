package org.inkwell.cms.articles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.inkwell.cms.articles.BodyMarkup;

@ApplicationScoped
class SanitisingBodyMarkup implements BodyMarkup {

  @Override
  public String sanitised(String html) {
    return HtmlSanitizer.body(html);
  }
}

package org.inkwell.cms.web.site;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A rendered answer before it is kept: status, body, what it shows, and where it redirects.
 *
 * @param location the target of a redirect, else {@code null}
 * @param keep whether it may be kept and served again: not search results (they follow the
 *     index, which no dependency tracks) nor a page whose plugin block failed
 */
record PageResult(int status, String contentType, byte[] body, Set<String> dependsOn, String location, boolean keep) {

  static final String HTML = "text/html; charset=UTF-8";

  /** Nothing here: the site answers with its one 404 page, rendered once for all addresses. */
  static final PageResult NOT_FOUND = new PageResult(404, HTML, new byte[0], Set.of(), null, false);

  static PageResult html(int status, String html, Set<String> dependsOn) {
    return new PageResult(status, HTML, html.getBytes(StandardCharsets.UTF_8), dependsOn, null, true);
  }

  static PageResult of(String contentType, String text, Set<String> dependsOn) {
    return new PageResult(200, contentType, text.getBytes(StandardCharsets.UTF_8), dependsOn, null, true);
  }

  PageResult notToKeep() {
    return new PageResult(status, contentType, body, dependsOn, location, false);
  }

  static PageResult movedTo(String location) {
    return new PageResult(301, null, new byte[0], Set.of(), location, true);
  }
}

package org.inkwell.cms.articles.wordpress.wxr;

import java.util.regex.Pattern;
import org.owasp.html.Encoding;

/**
 * A WordPress title or name as readers should see it: WordPress stores them entity-escaped
 * ({@code &amp;amp;}), so after XML's own unescaping one round of HTML character references remains;
 * tags are dropped and white space folded.
 */
final class PlainText {

  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private PlainText() {}

  static String of(String wordpressText) {
    String decoded = Encoding.decodeHtml(TAG.matcher(wordpressText).replaceAll(""), false);
    return decoded.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }
}

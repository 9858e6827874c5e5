package org.inkwell.cms.articles.internal;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Keeps the article markup editors need and removes everything executable or styling: an
 * allow-list, so anything not named here is dropped.
 */
final class HtmlSanitizer {

  private static final Pattern SAFE_URL =
      Pattern.compile("(?i)^(https?://|mailto:|/|#|\\./|\\.\\./|[a-z0-9._~%-]+(/|$|\\?|#)).*");

  private static final PolicyFactory ARTICLE_BODY =
      new HtmlPolicyBuilder()
          .allowElements(
              "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "blockquote", "cite",
              "strong", "b", "em", "i", "u", "s", "sub", "sup", "mark", "small", "code", "pre",
              "kbd", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "figure",
              "figcaption", "img", "a", "dl", "dt", "dd", "abbr")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .matching(SAFE_URL)
          .onElements("a")
          .allowAttributes("title")
          .onElements("a", "abbr", "img")
          .allowAttributes("src")
          .matching(SAFE_URL)
          .onElements("img")
          .allowAttributes("alt")
          .onElements("img")
          .allowAttributes("width", "height")
          .matching(Pattern.compile("[0-9]{1,5}"))
          .onElements("img")
          .allowAttributes("colspan", "rowspan")
          .matching(Pattern.compile("[0-9]{1,3}"))
          .onElements("td", "th")
          .allowAttributes("scope")
          .matching(false, "row", "col", "rowgroup", "colgroup")
          .onElements("th")
          .allowAttributes("start")
          .matching(Pattern.compile("[0-9]{1,6}"))
          .onElements("ol")
          .requireRelsOnLinks("noopener")
          .toFactory();

  private static final PolicyFactory PLAIN_TEXT = new HtmlPolicyBuilder().toFactory();

  private HtmlSanitizer() {}

  static String body(String html) {
    return html == null ? "" : ARTICLE_BODY.sanitize(html).strip();
  }

  /** Text with all markup removed, entities decoded, whitespace folded. */
  static String plainText(String html) {
    if (html == null) {
      return "";
    }
    String withBreaks = html.replaceAll("(?i)<(br|/p|/h[1-6]|/li|/blockquote|/figcaption)[^>]*>", " ");
    String escaped = PLAIN_TEXT.sanitize(withBreaks);
    return unescape(escaped).replaceAll("\\s+", " ").strip();
  }

  private static String unescape(String s) {
    return s.replace("&#64;", "@")
        .replace("&#61;", "=")
        .replace("&#43;", "+")
        .replace("&#96;", "`")
        .replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
  }
}

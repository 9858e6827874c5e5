package org.inkwell.cms.articles.internal;

import java.util.Map;
import java.util.regex.Matcher;
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
  private static final Pattern BLOCK_BOUNDARY =
      Pattern.compile(
          "(?i)<(br|hr|/?(p|h[1-6]|li|blockquote|figcaption|figure|td|th|tr|dt|dd|div|pre|table|ul|ol))\\b[^>]*>");
  private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
  private static final Pattern CHARACTER_REFERENCE =
      Pattern.compile("&#[xX]([0-9a-fA-F]{1,6});|&#([0-9]{1,7});|&([a-zA-Z]+);");
  private static final Map<String, String> NAMED =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00A0");

  private HtmlSanitizer() {}

  static String body(String html) {
    return html == null ? "" : ARTICLE_BODY.sanitize(html).strip();
  }

  /** Text with all markup removed, character references decoded, whitespace folded. */
  static String plainText(String html) {
    if (html == null) {
      return "";
    }
    return readable(PLAIN_TEXT.sanitize(BLOCK_BOUNDARY.matcher(html).replaceAll(" ")));
  }

  /**
   * The text of markup that {@link #body} already produced: tags are well formed there, so
   * dropping them is enough (a second sanitising pass would cost as much as the first).
   */
  static String textOfSanitized(String html) {
    if (html == null) {
      return "";
    }
    return readable(ANY_TAG.matcher(BLOCK_BOUNDARY.matcher(html).replaceAll(" ")).replaceAll(""));
  }

  /** Tag-free text with its character references decoded and its white space folded. */
  private static String readable(String text) {
    return decode(text).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }

  // The sanitizer writes text back with character references; readers want the characters.
  private static String decode(String s) {
    Matcher m = CHARACTER_REFERENCE.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String replacement;
      if (m.group(1) != null) {
        replacement = new String(Character.toChars(Integer.parseInt(m.group(1), 16)));
      } else if (m.group(2) != null) {
        replacement = new String(Character.toChars(Integer.parseInt(m.group(2))));
      } else {
        replacement = NAMED.getOrDefault(m.group(3), m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}

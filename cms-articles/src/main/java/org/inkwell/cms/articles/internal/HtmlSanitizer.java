package org.inkwell.cms.articles.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inkwell.cms.articles.MediaFiles;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Keeps the article markup editors and imported WordPress posts use and readers should see, and
 * removes everything executable or styling: an allow-list, so any element, attribute or class
 * ({@link BodyClasses}) not named here is dropped. Audio and video play only from the media
 * library, never on their own.
 */
final class HtmlSanitizer {

  private static final Pattern SAFE_URL =
      Pattern.compile("(?i)^(https?://|mailto:|/|#|\\./|\\.\\./|[a-z0-9._~%-]+(/|$|\\?|#)).*");

  /**
   * Audio and video only from the media library: a same-site path under its prefix whose segments
   * never start with a dot, so {@code ..} cannot climb out of it.
   */
  private static final Pattern LOCAL_MEDIA =
      Pattern.compile(
          Pattern.quote(MediaFiles.URL_PREFIX)
              + "(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*/)*[A-Za-z0-9_~-][A-Za-z0-9._~-]*");

  private static final Pattern SPAN = Pattern.compile("[1-9][0-9]{0,2}");

  // What WordPress authors set on links for search engines; noopener is added to every link.
  private static final Set<String> LINK_RELS =
      Set.of("nofollow", "noopener", "noreferrer", "ugc", "sponsored", "external");

  private static final PolicyFactory ARTICLE_BODY =
      new HtmlPolicyBuilder()
          .allowElements(
              "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "blockquote", "cite",
              "q", "strong", "b", "em", "i", "u", "s", "del", "ins", "sub", "sup", "mark", "small",
              "abbr", "code", "pre", "kbd", "var", "samp", "address", "div", "table", "caption",
              "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td", "figure",
              "figcaption", "img", "a", "dl", "dt", "dd")
          // Every player gets controls: without them and without autoplay it could not be started.
          .allowElements(HtmlSanitizer::withControls, "audio", "video")
          .allowElements(HtmlSanitizer::withSource, "source")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("class")
          .matching(BodyClasses.POLICY)
          .globally()
          .allowAttributes("href")
          .matching(SAFE_URL)
          .onElements("a")
          .allowAttributes("rel")
          .matching(new KeptTokens((element, rel) -> LINK_RELS.contains(rel)))
          .onElements("a")
          .allowAttributes("cite")
          .matching(SAFE_URL)
          .onElements("q", "blockquote", "del", "ins")
          .allowAttributes("datetime")
          .matching(Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.]+(Z|[+-][0-9]{2}:?[0-9]{2})?)?"))
          .onElements("del", "ins")
          .allowAttributes("title")
          .onElements("a", "abbr", "img")
          .allowAttributes("src")
          .matching(SAFE_URL)
          .onElements("img")
          .allowAttributes("src")
          .matching(LOCAL_MEDIA)
          .onElements("audio", "video", "source")
          .allowAttributes("poster")
          .matching(LOCAL_MEDIA)
          .onElements("video")
          .allowAttributes("type")
          .matching(Pattern.compile("(audio|video)/[a-z0-9.+-]{1,40}"))
          .onElements("source")
          .allowAttributes("alt")
          .onElements("img")
          .allowAttributes("width", "height")
          .matching(Pattern.compile("[0-9]{1,5}"))
          .onElements("img", "video")
          .allowAttributes("colspan", "rowspan")
          .matching(SPAN)
          .onElements("td", "th")
          .allowAttributes("span")
          .matching(SPAN)
          .onElements("colgroup", "col")
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
          "(?i)<(br|hr|/?(p|h[1-6]|li|blockquote|figcaption|figure|caption|td|th|tr|dt|dd|div|address|pre|table|ul|ol))\\b[^>]*>");
  private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
  private static final Pattern CHARACTER_REFERENCE =
      Pattern.compile("&#[xX]([0-9a-fA-F]{1,6});|&#([0-9]{1,7});|&([a-zA-Z]+);");
  private static final Map<String, String> NAMED =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00A0");

  private HtmlSanitizer() {}

  /** {@code attributes} alternates names and values, as the policy builder hands them over. */
  private static String withControls(String elementName, List<String> attributes) {
    attributes.add("controls");
    attributes.add("controls");
    return elementName;
  }

  /** A {@code source} whose address was not local media is no source at all. */
  private static String withSource(String elementName, List<String> attributes) {
    for (int i = 0; i < attributes.size(); i += 2) {
      if (attributes.get(i).equals("src")) {
        return elementName;
      }
    }
    return null;
  }

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

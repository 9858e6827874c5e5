package org.inkwell.cms.articles.wordpress.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inkwell.cms.articles.MediaFiles;

/**
 * A body as an export carries it, so that WordPress shows what readers see here and an import
 * brings back what was written:
 *
 * <ul>
 *   <li>in one Custom HTML block ({@code <!-- wp:html -->}): WordPress shows a block's HTML as it
 *       is, where it would add paragraphs and line breaks of its own to a classic post's;
 *   <li>with {@code [} as {@code &#91;}, and the {@code :} of an address alone on its line or in its
 *       paragraph as {@code &#58;}: text here, which WordPress would run as a shortcode or replace by
 *       an embedded player;
 *   <li>with the addresses of the media library's images absolute, which importers point at their
 *       own copies of the attachments.
 * </ul>
 */
final class WxrBodies {

  private static final String OPEN = "<!-- wp:html -->\n";
  private static final String CLOSE = "\n<!-- /wp:html -->";
  private static final Pattern MEDIA_ATTRIBUTE = Pattern.compile("(?i)(\\s(?:src|href|srcset)\\s*=\\s*)(\"[^\"]*\"|'[^']*')");
  private static final Pattern MEDIA_ADDRESS = Pattern.compile("(^|,\\s*)" + Pattern.quote(MediaFiles.URL_PREFIX));
  /** WordPress's auto-embed rules: an address alone on a line, or alone in a paragraph. */
  private static final Pattern EMBEDDABLE =
      Pattern.compile("(?im)(^\\s*|<p(?:\\s[^>]*)?>\\s*)(https?)://([^\\s<>\"]+)(?=\\s*$|\\s*</p>)");

  private WxrBodies() {}

  /** @param site the site's absolute address, without a trailing slash */
  static String content(String body, String site) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String html = absoluteMedia(body, site).replace("[", "&#91;");
    html = EMBEDDABLE.matcher(html).replaceAll("$1$2&#58;//$3");
    return OPEN + html + CLOSE;
  }

  private static String absoluteMedia(String html, String site) {
    Matcher m = MEDIA_ATTRIBUTE.matcher(html);
    StringBuilder out = new StringBuilder(html.length() + 64);
    while (m.find()) {
      String quoted = m.group(2);
      String value = quoted.substring(1, quoted.length() - 1);
      String absolute = MEDIA_ADDRESS.matcher(value).replaceAll("$1" + Matcher.quoteReplacement(site + MediaFiles.URL_PREFIX));
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + quoted.charAt(0) + absolute + quoted.charAt(0)));
    }
    m.appendTail(out);
    return out.toString();
  }
}

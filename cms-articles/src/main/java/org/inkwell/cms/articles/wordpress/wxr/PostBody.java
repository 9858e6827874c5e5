package org.inkwell.cms.articles.wordpress.wxr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a WordPress body into HTML the site can sanitise and show: block-editor comments go (the
 * blocks' HTML stays), {@code [caption]} becomes a {@code figure}, classic posts get the paragraphs
 * WordPress adds when it shows them (its {@code wpautop}), and every other shortcode is kept as
 * text and named, as nothing here runs it.
 */
public final class PostBody {

  private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[^>]*?-->\\n?");
  private static final Pattern CAPTION =
      Pattern.compile("(?s)\\[(?:wp_)?caption([^\\]]*)\\](.*?)\\[/(?:wp_)?caption\\]");
  private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("caption=\"([^\"]*)\"");
  private static final Pattern ALIGN = Pattern.compile("align=\"(align(?:left|right|center|none))\"");
  private static final Pattern LEADING_MEDIA =
      Pattern.compile("(?s)^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$");
  private static final Pattern SHORTCODE = Pattern.compile("\\[([a-zA-Z][a-zA-Z0-9_-]*)(?=[\\s\\]/])[^\\[\\]]*\\]");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern STARTS_WITH_BLOCK =
      Pattern.compile("(?is)^<(/?)(p|div|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|pre|table|thead|tbody|tfoot|tr|td|th|figure|figcaption|hr|address|section|article|aside|header|footer|nav|form|details|summary)\\b.*");

  /** The converted HTML and the shortcodes it still holds as text, once each. */
  public record Converted(String html, List<String> keptShortcodes) {}

  private PostBody() {}

  public static Converted convert(String wordpressHtml) {
    String html = wordpressHtml == null ? "" : wordpressHtml.replace("\r\n", "\n");
    boolean blocks = html.contains("<!-- wp:");
    html = BLOCK_COMMENT.matcher(html).replaceAll("");
    html = captions(html);
    if (!blocks) {
      html = paragraphs(html);
    }
    return new Converted(html.strip(), keptShortcodes(html));
  }

  /** {@code [caption align="alignright"]<img …> Text[/caption]} as a figure with its caption. */
  private static String captions(String html) {
    Matcher m = CAPTION.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String attributes = m.group(1);
      String inner = m.group(2).strip();
      String media = inner;
      String caption = "";
      Matcher leading = LEADING_MEDIA.matcher(inner);
      if (leading.matches()) {
        media = leading.group(1);
        caption = leading.group(2).strip();
      }
      Matcher fromAttribute = CAPTION_ATTRIBUTE.matcher(attributes);
      if (caption.isEmpty() && fromAttribute.find()) {
        caption = fromAttribute.group(1);
      }
      Matcher align = ALIGN.matcher(attributes);
      String classes = align.find() ? " class=\"wp-caption " + align.group(1) + "\"" : " class=\"wp-caption\"";
      String figure =
          "<figure" + classes + ">" + media + (caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>") + "</figure>";
      m.appendReplacement(out, Matcher.quoteReplacement(figure));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Blank lines separate paragraphs, single line breaks are breaks, as WordPress shows classic posts. */
  private static String paragraphs(String html) {
    if (!html.contains("\n")) {
      return html;
    }
    StringBuilder out = new StringBuilder();
    for (String chunk : PARAGRAPH_BREAK.split(html.strip())) {
      String text = chunk.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (STARTS_WITH_BLOCK.matcher(text).matches() || text.startsWith("<!--")) {
        out.append(text).append('\n');
      } else {
        out.append("<p>").append(text.replace("\n", "<br>\n")).append("</p>\n");
      }
    }
    return out.toString();
  }

  private static List<String> keptShortcodes(String html) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = SHORTCODE.matcher(html);
    while (m.find()) {
      names.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    return new ArrayList<>(names);
  }
}
